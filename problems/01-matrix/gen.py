"""Generates 01-matrix inputs: python3 gen.py SEED M N MODE [ZERO%].

MODE `random`: zeros with probability ZERO% (at least one). `corner`: a single 0 in the top-left
corner (far distances). `bottom-right`: a single 0 in the bottom-right corner. `centre`: a
single 0 in the middle.
"""
import json
import random
import sys

seed, m, n, mode = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
rng = random.Random(seed)
if mode == "random":
    p = int(sys.argv[5]) / 100
    mat = [[0 if rng.random() < p else 1 for _ in range(n)] for _ in range(m)]
    if not any(0 in row for row in mat):
        mat[rng.randrange(m)][rng.randrange(n)] = 0
else:
    mat = [[1] * n for _ in range(m)]
    r, c = {"corner": (0, 0), "bottom-right": (m - 1, n - 1), "centre": (m // 2, n // 2)}[mode]
    mat[r][c] = 0
print(json.dumps({"mat": mat}, separators=(",", ":")))
