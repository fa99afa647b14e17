"""Generates hammingWeight inputs: python3 gen.py SEED: one random value in 2^31..2^32-1."""
import json
import random
import sys

rng = random.Random(int(sys.argv[1]))
print(json.dumps({"n": rng.randrange(2**31, 2**32)}))
