"""Generates pacific-atlantic-water-flow inputs: python3 gen.py SEED M N MODE.

MODE: `random` (altitudes 0..10^5), `lumpy` (altitudes 0..3, wide flat patches), `walls` (a flat
basin fenced by higher bottom and right borders: a search started from every square explores the
whole basin, O((m*n)^2)), `ridge` (altitude grows towards a diagonal ridge), `flat` (all equal).
"""
import json
import random
import sys

seed, m, n, mode = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
rng = random.Random(seed)
if mode == "random":
    h = [[rng.randint(0, 100000) for _ in range(n)] for _ in range(m)]
elif mode == "lumpy":
    h = [[rng.randint(0, 3) for _ in range(n)] for _ in range(m)]
elif mode == "walls":
    base = rng.randint(0, 50000)
    h = [[base] * n for _ in range(m)]
    for c in range(n):
        h[m - 1][c] = base + 1 + rng.randint(0, 50000)
    for r in range(m):
        h[r][n - 1] = base + 1 + rng.randint(0, 50000)
elif mode == "ridge":
    h = [[100000 - abs(r - c) * 200 - rng.randint(0, 150) for c in range(n)] for r in range(m)]
elif mode == "flat":
    v = rng.randint(0, 100000)
    h = [[v] * n for _ in range(m)]
else:
    raise SystemExit("unknown mode " + mode)
print(json.dumps({"heights": h}, separators=(",", ":")))
