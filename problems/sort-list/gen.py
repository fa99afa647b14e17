"""Generates sortList inputs: python3 gen.py SEED N MODE.

MODE: `random` (-10^5..10^5), `sorted`, `reversed`, `equal` (one value), `few` (values from a
handful of distinct numbers), `extremes` (only -10^5 and 10^5).
"""
import json
import random
import sys

seed, n, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
vals = [rng.randint(-10**5, 10**5) for _ in range(n)]
if mode == "sorted":
    vals.sort()
elif mode == "reversed":
    vals.sort(reverse=True)
elif mode == "equal":
    vals = [vals[0]] * n
elif mode == "few":
    pool = [rng.randint(-10**5, 10**5) for _ in range(5)]
    vals = [rng.choice(pool) for _ in range(n)]
elif mode == "extremes":
    vals = [rng.choice((-10**5, 10**5)) for _ in range(n)]
print(json.dumps({"head": vals}))
