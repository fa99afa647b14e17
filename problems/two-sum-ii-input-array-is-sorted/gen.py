"""Generates two-sum-ii inputs: python3 gen.py SEED N TARGET.

Every value whose partner (TARGET - value) is also in [-1000, 1000] is allowed on one side only,
so the single answer pair is the only one. The rest of the list is filled with allowed values,
repeated at random. TARGET = 1000 with values up to 1000 puts the answer near the end, which is the
worst case for trying every pair.
"""
import json
import random
import sys

seed, n, t = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
rng = random.Random(seed)
lo, hi = -1000, 1000
candidates = [x for x in range(lo, hi + 1) if x < t - x and lo <= t - x <= hi]
x = rng.choice(candidates) if t >= 0 else rng.choice(candidates)
if len(sys.argv) > 4 and sys.argv[4] == "last":
    x = max(candidates)
elif len(sys.argv) > 4 and sys.argv[4] == "equal" and t % 2 == 0:
    x = t // 2
y = t - x
allowed = []
for v in range(lo, hi + 1):
    w = t - v
    if v in (x, y) or w in (x, y):
        continue
    if not lo <= w <= hi:
        allowed.append(v)
    elif v < w and rng.random() < 0.5:
        allowed.append(v)
    elif v > w and (t - v) not in allowed:
        allowed.append(v)
nums = [rng.choice(allowed) for _ in range(n - 2)] + [x, y]
nums.sort()
print(json.dumps({"numbers": nums, "target": t}))
