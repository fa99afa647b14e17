"""Generates counting-bits inputs: python3 gen.py SEED N (N = -1: random in [50000, 100000])."""
import json
import random
import sys

seed, n = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed)
if n < 0:
    n = rng.randint(50000, 100000)
print(json.dumps({"n": n}))
