"""Generates max-area-of-island inputs: python3 gen.py SEED M N MODE [DENSITY%].

MODE `random`: land with probability DENSITY%. `checker`: a checkerboard (every land square
alone, corner contacts everywhere). `comb`: a comb whose teeth hang down from the bottom row
(one island that a right/down-only search cuts apart). `full`: all land. `spiral`: a one-square
wide spiral path.
"""
import json
import random
import sys

seed, m, n, mode = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
rng = random.Random(seed)
if mode == "random":
    p = int(sys.argv[5]) / 100
    g = [[1 if rng.random() < p else 0 for _ in range(n)] for _ in range(m)]
elif mode == "checker":
    g = [[(r + c) % 2 for c in range(n)] for r in range(m)]
    # a few extra squares make some small side-joined islands
    for _ in range(m * n // 40):
        g[rng.randrange(m)][rng.randrange(n)] = 1
elif mode == "comb":
    g = [[0] * n for _ in range(m)]
    for c in range(n):
        g[m - 1][c] = 1
    for c in range(0, n, 2):
        top = rng.randrange(0, m - 1)
        for r in range(top, m):
            g[r][c] = 1
elif mode == "full":
    g = [[1] * n for _ in range(m)]
elif mode == "spiral":
    g = [[0] * n for _ in range(m)]
    top, left, bottom, right = 0, 0, m - 1, n - 1
    while top <= bottom and left <= right:
        for c in range(left, right + 1):
            g[top][c] = 1
        for r in range(top, bottom + 1):
            g[r][right] = 1
        if top + 2 <= bottom:
            for c in range(left, right + 1):
                g[bottom][c] = 1
        if left + 2 <= right and top + 2 <= bottom:
            for r in range(top + 2, bottom + 1):
                g[r][left] = 1
            g[top + 2][left + 1] = 1 if left + 1 <= right else 0
        top, left, bottom, right = top + 2, left + 2, bottom - 2, right - 2
else:
    raise SystemExit("unknown mode " + mode)
print(json.dumps({"grid": g}, separators=(",", ":")))
