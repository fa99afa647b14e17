"""Generates longest-increasing-path-in-a-matrix inputs: python3 gen.py SEED M N MODE.

MODE:
  `random`  uniform values in 0..2^31 - 1.
  `small`   values in 0..9 (many equal neighbours).
  `snake`   the numbers 0..m*n-1 along a serpentine path: the answer is m*n, a path as deep as
            the grid is large.
  `diag`    value i + j (times a big step): every right/down move increases, so the number of
            increasing paths is exponential and a search without memory never finishes.
  `spiral`  values increasing along an inward spiral, with big values near 2^31 - 1.
"""
import json
import random
import sys

seed, m, n, mode = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
rng = random.Random(seed)
TOP = 2**31 - 1
if mode == "random":
    g = [[rng.randint(0, TOP) for _ in range(n)] for _ in range(m)]
elif mode == "small":
    g = [[rng.randint(0, 9) for _ in range(n)] for _ in range(m)]
elif mode == "snake":
    g = [[0] * n for _ in range(m)]
    k = 0
    for i in range(m):
        cols = range(n) if i % 2 == 0 else range(n - 1, -1, -1)
        for j in cols:
            g[i][j] = k
            k += 1
elif mode == "diag":
    step = TOP // (m + n)
    g = [[(i + j) * step for j in range(n)] for i in range(m)]
else:
    g = [[0] * n for _ in range(m)]
    top, bottom, left, right = 0, m - 1, 0, n - 1
    order = []
    while top <= bottom and left <= right:
        order += [(top, j) for j in range(left, right + 1)]
        order += [(i, right) for i in range(top + 1, bottom + 1)]
        if top < bottom:
            order += [(bottom, j) for j in range(right - 1, left - 1, -1)]
        if left < right:
            order += [(i, left) for i in range(bottom - 1, top, -1)]
        top, bottom, left, right = top + 1, bottom - 1, left + 1, right - 1
    base = TOP - len(order)
    for k, (i, j) in enumerate(order):
        g[i][j] = base + k + 1
print(json.dumps({"matrix": g}))
