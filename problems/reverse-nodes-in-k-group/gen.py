"""Generates reverseKGroup inputs: python3 gen.py SEED N K.

K is a number, or `random` (any 1..N), or `sqrt` (about the square root of N).
Values are random in 0..1000.
"""
import json
import random
import sys

seed, n, k = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
head = [rng.randint(0, 1000) for _ in range(n)]
if k == "random":
    k = rng.randint(1, n)
elif k == "sqrt":
    k = max(1, int(n ** 0.5))
print(json.dumps({"head": head, "k": int(k)}))
