"""Generates subsets-ii inputs: python3 gen.py SEED N LOW HIGH (values drawn from LOW..HIGH)."""
import json
import random
import sys

seed, n, low, high = map(int, sys.argv[1:5])
rng = random.Random(seed)
print(json.dumps({"nums": [rng.randint(low, high) for _ in range(n)]}))
