"""Generates burst-balloons inputs: python3 gen.py SEED N MODE.

MODE: `random` (0..100), `max` (all 100: the largest answer), `zeros` (many zeros), `valley`
(high values at both ends, low in the middle), `small` (values 0..3).
"""
import json
import random
import sys

seed, n, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
if mode == "max":
    nums = [100] * n
elif mode == "zeros":
    nums = [0 if rng.random() < 0.4 else rng.randint(1, 100) for _ in range(n)]
elif mode == "valley":
    nums = [min(100, abs(i - n // 2) * 200 // n + rng.randint(0, 5)) for i in range(n)]
elif mode == "small":
    nums = [rng.randint(0, 3) for _ in range(n)]
else:
    nums = [rng.randint(0, 100) for _ in range(n)]
print(json.dumps({"nums": nums}))
