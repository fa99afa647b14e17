"""Generates single-number inputs: python3 gen.py SEED N WHERE.

N (odd) values: (N - 1) / 2 distinct values twice each and one value once, shuffled.
WHERE: random (shuffled), last (sorted, the single value is the largest), first (sorted, the single
value is the smallest), negative (shuffled, the single value is -3*10^4).
"""
import json
import random
import sys

seed, n, where = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
V = 3 * 10**4
# Past the constraints (the complexity report measures there too) the values widen to fit.
W = max(V, n)
vals = rng.sample(range(-W + 1, W), (n - 1) // 2 + 1)
if where == "last":
    vals.sort()
    single, pairs = vals[-1], vals[:-1]
elif where == "first":
    vals.sort()
    single, pairs = vals[0], vals[1:]
elif where == "negative":
    single, pairs = -V, vals[1:]
else:
    single, pairs = vals[0], vals[1:]
nums = pairs + pairs + [single]
if where in ("last", "first"):
    nums.sort()
else:
    rng.shuffle(nums)
print(json.dumps({"nums": nums}, separators=(",", ":")))
