"""Generates nextPermutation inputs: python3 gen.py SEED N MODE.

MODE: `random` values 0..100; `descending` (the last permutation: wraps to ascending);
`suffix` (a random head, then a long non-increasing tail); `few` (values 0..2, many duplicates).
"""
import json
import random
import sys

seed, n, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
if mode == "few":
    nums = [rng.randint(0, 2) for _ in range(n)]
else:
    nums = [rng.randint(0, 100) for _ in range(n)]
if mode == "descending":
    nums.sort(reverse=True)
elif mode == "suffix":
    cut = rng.randint(1, 10)
    nums = nums[:cut] + sorted(nums[cut:], reverse=True)
print(json.dumps({"nums": nums}))
