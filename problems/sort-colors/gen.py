"""Generates sortColors inputs: python3 gen.py SEED N MODE.

MODE: `random` colours; `reverse` (all 2s, then 1s, then 0s); `twozero` (2, 0, 2, 0, ...: every
swap with the end brings back a value that must be looked at again); `skewed` (mostly 2s).
"""
import json
import random
import sys

seed, n, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
if mode == "random":
    nums = [rng.randint(0, 2) for _ in range(n)]
elif mode == "reverse":
    a, b = sorted(rng.sample(range(1, n), 2))
    nums = [2] * a + [1] * (b - a) + [0] * (n - b)
elif mode == "twozero":
    nums = [2 if i % 2 == 0 else 0 for i in range(n)]
else:
    nums = [rng.choice([2, 2, 2, 2, 2, 2, 0, 1]) for _ in range(n)]
print(json.dumps({"nums": nums}))
