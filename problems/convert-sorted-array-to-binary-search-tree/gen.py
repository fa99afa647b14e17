"""Generates sortedArrayToBST inputs: python3 gen.py SEED N MODE.

MODE: `random` (N distinct sorted values from -10^4..10^4) or `consecutive` (N consecutive
values ending at 10^4).
"""
import json
import random
import sys

seed, n, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
if mode == "consecutive":
    nums = list(range(10**4 - n + 1, 10**4 + 1))
else:
    nums = sorted(rng.sample(range(-10**4, 10**4 + 1), n))
print(json.dumps({"nums": nums}))
