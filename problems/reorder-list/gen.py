"""Generates reorderList inputs: python3 gen.py SEED N: a list of N values in 1..1000."""
import json
import random
import sys

seed, n = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed)
print(json.dumps({"head": [rng.randint(1, 1000) for _ in range(n)]}))
