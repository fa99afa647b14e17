"""Generates house-robber-ii inputs: python3 gen.py SEED N MODE.

MODE: `random` (values in 0..1000), `max` (all 1000), `ends` (the two ends hold the largest
values, so ignoring the circle pays), `spiky` (values 0, 1, 999 or 1000).
"""
import json
import random
import sys

seed, n, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
if mode == "max":
    nums = [1000] * n
elif mode == "ends":
    nums = [rng.randint(0, 300) for _ in range(n)]
    nums[0] = nums[-1] = 1000
elif mode == "spiky":
    nums = [rng.choice([0, 1, 999, 1000]) for _ in range(n)]
else:
    nums = [rng.randint(0, 1000) for _ in range(n)]
print(json.dumps({"nums": nums}))
