"""Generates squares-of-a-sorted-array inputs: python3 gen.py SEED N LO HI.

N sorted values uniform in [LO, HI].
"""
import json
import random
import sys

seed, n, lo, hi = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
rng = random.Random(seed)
print(json.dumps({"nums": sorted(rng.randint(lo, hi) for _ in range(n))}, separators=(",", ":")))
