"""Generates majority-element inputs: python3 gen.py SEED N EXTRA ORDER.

The majority value occurs floor(N / 2) + 1 + EXTRA times; the rest are random values (one value
is made as frequent as allowed to confuse pair-counting mistakes). ORDER: shuffled, majority-last
(all majority copies at the end), alternating,
rival-first (only two values; all copies of the other value come first), spread (shuffled, and the
other values all random: no frequent rival, so that a sort's work grows like n log n for the
complexity report).
"""
import json
import random
import sys

seed, n, extra, order = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
rng = random.Random(seed)
V = 10**9
major = rng.randint(-V, V)
k = n // 2 + 1 + extra
rest_n = n - k
rival = major
while rival == major:
    rival = rng.randint(-V, V)
rest = [] if order == "spread" else [rival] * (rest_n // 2)
while len(rest) < rest_n:
    v = rng.randint(-V, V)
    if v != major:
        rest.append(v)
if order in ("shuffled", "spread"):
    nums = rest + [major] * k
    rng.shuffle(nums)
elif order == "majority-last":
    rng.shuffle(rest)
    nums = rest + [major] * k
elif order == "alternating":
    rng.shuffle(rest)
    nums = []
    for i in range(k):
        if i < len(rest):
            nums.append(rest[i])
        nums.append(major)
    nums += rest[k:]
elif order == "rival-first":
    # Only two values: every non-majority entry is the rival, and they all come first.
    nums = [rival] * rest_n + [major] * k
else:
    raise SystemExit("unknown order " + order)
print(json.dumps({"nums": nums}, separators=(",", ":")))
