"""Generates middleNode inputs: python3 gen.py SEED N. Values are random in 1..100."""
import json
import random
import sys

seed, n = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed)
print(json.dumps({"head": [rng.randint(1, 100) for _ in range(n)]}))
