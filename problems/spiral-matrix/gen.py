"""Generates spiral-matrix inputs: python3 gen.py SEED M N (values uniform in [-100, 100])."""
import json
import random
import sys

seed, m, n = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
rng = random.Random(seed)
print(json.dumps({"matrix": [[rng.randint(-100, 100) for _ in range(n)] for _ in range(m)]}))
