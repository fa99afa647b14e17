"""Generates sum-of-two-integers inputs: python3 gen.py SEED SIGNS.

SIGNS is two characters, each + or -, giving the signs of a and b (values up to 1000 in size).
"""
import json
import random
import sys

seed, signs = int(sys.argv[1]), sys.argv[2]
rng = random.Random(seed)
vals = [rng.randint(1, 1000) * (1 if s == "+" else -1) for s in signs]
print(json.dumps({"a": vals[0], "b": vals[1]}))
