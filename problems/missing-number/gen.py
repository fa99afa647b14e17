"""Generates missing-number inputs: python3 gen.py SEED N MISSING ORDER.

The list holds 0..N except MISSING (-1: random). ORDER is shuffled, sorted or reversed.
"""
import json
import random
import sys

seed, n, missing, order = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
rng = random.Random(seed)
if missing < 0:
    missing = rng.randint(0, n)
nums = [x for x in range(n + 1) if x != missing]
if order == "shuffled":
    rng.shuffle(nums)
elif order == "reversed":
    nums.reverse()
print(json.dumps({"nums": nums}))
