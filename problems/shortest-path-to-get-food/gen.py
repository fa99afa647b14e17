"""Generates shortest-path-to-get-food inputs: python3 gen.py SEED M N MODE.

MODE `random`: 30% obstacles, a few food cells. `far-pantry`: start in the top-left corner and a
block of food cells filling the bottom-right corner, so a search from every food cell crosses
the whole grid each time. `maze`: a serpentine corridor from the start to a single food cell.
`none`: food exists but walls cut it off.
"""
import json
import random
import sys

seed, m, n, mode = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
rng = random.Random(seed)
if mode == "random":
    g = [["X" if rng.random() < 0.3 else "O" for _ in range(n)] for _ in range(m)]
    for _ in range(5):
        g[rng.randrange(m)][rng.randrange(n)] = "#"
    g[rng.randrange(m)][rng.randrange(n)] = "*"
elif mode == "far-pantry":
    g = [["X" if rng.random() < 0.1 else "O" for _ in range(n)] for _ in range(m)]
    for r in range(m // 2, m):
        for c in range(n // 2, n):
            g[r][c] = "#"
    g[0][0] = "*"
elif mode == "maze":
    g = [["X"] * n for _ in range(m)]
    for r in range(0, m, 2):
        for c in range(n):
            g[r][c] = "O"
        if r + 1 < m:
            g[r + 1][n - 1 if (r // 2) % 2 == 0 else 0] = "O"
    g[0][0] = "*"
    last = m - 1 if (m - 1) % 2 == 0 else m - 2
    g[last][n - 1 if (last // 2) % 2 == 1 else 0] = "#"
elif mode == "none":
    g = [["X" if rng.random() < 0.2 else "O" for _ in range(n)] for _ in range(m)]
    wall = n // 2
    for r in range(m):
        g[r][wall] = "X"
        g[r][rng.randrange(wall + 1, n)] = "#"
    g[rng.randrange(m)][rng.randrange(wall)] = "*"
else:
    raise SystemExit("unknown mode " + mode)
print(json.dumps({"grid": g}, separators=(",", ":")))
