"""Generates rotate (image) inputs: python3 gen.py SEED N: an N x N matrix of values in -1000..1000."""
import json
import random
import sys

seed, n = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed)
print(json.dumps({"matrix": [[rng.randint(-1000, 1000) for _ in range(n)] for _ in range(n)]}))
