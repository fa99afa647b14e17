"""Generates subarray-sum-equals-k inputs: python3 gen.py SEED N LO HI K.

N values uniform in [LO, HI]; K is an integer or `total` (the sum of the whole list).
"""
import json
import random
import sys

seed, n, lo, hi, k = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
rng = random.Random(seed)
nums = [rng.randint(lo, hi) for _ in range(n)]
k = sum(nums) if k == "total" else int(k)
print(json.dumps({"nums": nums, "k": k}, separators=(",", ":")))
