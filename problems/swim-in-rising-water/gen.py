"""Generates swim-in-rising-water inputs: python3 gen.py SEED N MODE.

MODE `random`: a random permutation. `snake`: the low heights lie on a serpentine route that runs
left as often as right (all other squares are higher). `start-high`: random, with the largest
height on the start square. `rows`: heights grow row by row, each row in random order.
"""
import json
import random
import sys

seed, n, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
cells = [(r, c) for r in range(n) for c in range(n)]
if mode == "snake":
    route = []
    for r in range(0, n, 2):
        cols = range(n) if (r // 2) % 2 == 0 else range(n - 1, -1, -1)
        route += [(r, c) for c in cols]
        if r + 1 < n:
            route.append((r + 1, n - 1 if (r // 2) % 2 == 0 else 0))
    on_route = set(route)
    rest = [x for x in cells if x not in on_route]
    order = route[:]
    rng.shuffle(order)
    rng.shuffle(rest)
    ranking = order + rest
elif mode == "rows":
    ranking = []
    for r in range(n):
        row = [(r, c) for c in range(n)]
        rng.shuffle(row)
        ranking += row
else:
    ranking = cells[:]
    rng.shuffle(ranking)
    if mode == "start-high":
        ranking.remove((0, 0))
        ranking.append((0, 0))
g = [[0] * n for _ in range(n)]
for h, (r, c) in enumerate(ranking):
    g[r][c] = h
print(json.dumps({"grid": g}, separators=(",", ":")))
