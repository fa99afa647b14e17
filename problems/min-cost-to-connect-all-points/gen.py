"""Generates min-cost-to-connect-all-points inputs: python3 gen.py SEED N RANGE MODE.

MODE `random`: N distinct points with coordinates in -RANGE..RANGE. `clusters`: points in a few
tight clusters far apart. `line`: points on a diagonal line. `grid`: a lattice (many equal
distances).
"""
import json
import random
import sys

seed, n, r, mode = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
rng = random.Random(seed)
pts = set()
if mode == "grid":
    side = 1
    while side * side < n:
        side += 1
    step = max(1, (2 * r) // side)
    cells = [(-r + i * step, -r + j * step) for i in range(side) for j in range(side)]
    pts = set(rng.sample(cells, n))
elif mode == "line":
    while len(pts) < n:
        t = rng.randint(-r, r)
        pts.add((t, -t))
elif mode == "clusters":
    centres = [(rng.randint(-r + 1000, r - 1000), rng.randint(-r + 1000, r - 1000)) for _ in range(5)]
    while len(pts) < n:
        cx, cy = rng.choice(centres)
        pts.add((cx + rng.randint(-1000, 1000), cy + rng.randint(-1000, 1000)))
else:
    while len(pts) < n:
        pts.add((rng.randint(-r, r), rng.randint(-r, r)))
pts = [list(p) for p in sorted(pts)]
rng.shuffle(pts)
print(json.dumps({"points": pts}, separators=(",", ":")))
