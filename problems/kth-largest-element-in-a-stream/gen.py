"""Generates kth-largest-element-in-a-stream calls: python3 gen.py SEED N ADDS K MODE.

N initial scores, ADDS calls to add, K (`max` means N + 1). MODE: `random` (uniform scores),
`rising` (added scores increase: every add changes the answer), `falling` (added scores decrease:
none reaches the top k), `dups` (scores from a handful of values).
"""
import json
import random
import sys

seed, n, adds, k, mode = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5]
rng = random.Random(seed)
M = 10**4
k = n + 1 if k == "max" else int(k)
if mode == "dups":
    pick = lambda: rng.choice([-M, -3, 0, 7, M])
else:
    pick = lambda: rng.randint(-M, M)
nums = [pick() for _ in range(n)]
if mode == "rising":
    vals = sorted(rng.randint(-M, M) for _ in range(adds))
elif mode == "falling":
    vals = sorted((rng.randint(-M, M) for _ in range(adds)), reverse=True)
else:
    vals = [pick() for _ in range(adds)]
print(json.dumps({"calls": ["KthLargest"] + ["add"] * adds, "args": [[k, nums]] + [[v] for v in vals]}))
