"""Generates target-sum inputs: python3 gen.py SEED N MODE.

MODE: `ones` (all 1: the answer is a binomial coefficient), `random` (random values with total at
most 1000, target reachable), `zeros` (several zeros among small values: each zero doubles the
count), `negative` (random values, a negative reachable target), `max` (values adding up to
exactly 1000, target -1000 or 1000).
"""
import json
import random
import sys

seed, n, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
if mode == "ones":
    nums = [1] * n
elif mode == "zeros":
    nums = [rng.choice([0, 0, 1, 2, 3]) for _ in range(n)]
elif mode == "max":
    cuts = sorted(rng.sample(range(1, 1000), n - 1))
    nums = [b - a for a, b in zip([0] + cuts, cuts + [1000])]
else:
    nums = [rng.randint(0, 1000 // n) for _ in range(n)]
signs = [rng.choice([1, -1]) for _ in range(n)]
target = sum(s * x for s, x in zip(signs, nums))
if mode == "negative":
    target = -abs(target)
elif mode == "max":
    target = rng.choice([1000, -1000])
print(json.dumps({"nums": nums, "target": target}))
