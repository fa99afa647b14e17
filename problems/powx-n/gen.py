"""Generates powx-n inputs: python3 gen.py SEED N LOGY.

x is chosen so that |x^N| is about 10^LOGY (LOGY <= 3.9 keeps it under 10^4), with a random sign.
N = max / min use 2^31 - 1 and -2^31.
"""
import json
import random
import sys

seed, ns, logy = int(sys.argv[1]), sys.argv[2], float(sys.argv[3])
rng = random.Random(seed)
n = {"max": 2**31 - 1, "min": -2**31}.get(ns)
if n is None:
    n = int(ns)
y = 10 ** (logy + rng.uniform(-0.05, 0.0))
x = y ** (1.0 / n)
if rng.random() < 0.5:
    x = -x
print(json.dumps({"x": x, "n": n}))
