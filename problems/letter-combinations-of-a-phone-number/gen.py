"""Generates letter-combinations-of-a-phone-number inputs: python3 gen.py SEED LENGTH KEYS."""
import json
import random
import sys

seed, length, keys = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
print(json.dumps({"digits": "".join(rng.choice(keys) for _ in range(length))}))
