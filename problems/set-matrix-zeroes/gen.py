"""Generates setZeroes inputs: python3 gen.py SEED M N ZEROS.

An M x N matrix of non-zero values over the whole 32-bit range, then ZEROS cells set to 0.
"""
import json
import random
import sys

seed, m, n, zeros = (int(a) for a in sys.argv[1:5])
rng = random.Random(seed)
matrix = [[rng.choice([-1, 1]) * rng.randint(1, 2**31 - 1) for _ in range(n)] for _ in range(m)]
for _ in range(zeros):
    matrix[rng.randrange(m)][rng.randrange(n)] = 0
print(json.dumps({"matrix": matrix}))
