"""Generates moveZeroes inputs: python3 gen.py SEED N PERCENT: N values, PERCENT% of them 0."""
import json
import random
import sys

seed, n, percent = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
rng = random.Random(seed)
nums = [0 if rng.randrange(100) < percent else rng.randint(-2**31, 2**31 - 1) for _ in range(n)]
print(json.dumps({"nums": nums}))
