"""Generates walls-and-gates inputs: python3 gen.py SEED M N MODE.

MODE `random`: about a quarter walls and a few gates. `corner`: no walls, one gate in a corner
(every room is far from it: the worst case for a search from each room). `many`: a gate in about
one cell of ten (many gates: the worst case for a full search from each gate). `snake`: walls
leave a one-cell-wide winding corridor with a gate at its start (distances up to m*n/2).
"""
import json
import random
import sys

INF = 2147483647
seed, m, n, mode = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
rng = random.Random(seed)
if mode == "random":
    rooms = [[rng.choice([-1, INF, INF, INF]) for _ in range(n)] for _ in range(m)]
    for _ in range(max(1, m * n // 2000)):
        rooms[rng.randrange(m)][rng.randrange(n)] = 0
elif mode == "corner":
    rooms = [[INF] * n for _ in range(m)]
    rooms[m - 1][n - 1] = 0
elif mode == "many":
    rooms = [[0 if rng.random() < 0.1 else (-1 if rng.random() < 0.1 else INF) for _ in range(n)] for _ in range(m)]
elif mode == "snake":
    rooms = [[-1] * n for _ in range(m)]
    for r in range(0, m, 2):
        for c in range(n):
            rooms[r][c] = INF
        if r + 1 < m:
            rooms[r + 1][n - 1 if (r // 2) % 2 == 0 else 0] = INF
    rooms[0][0] = 0
else:
    raise SystemExit("unknown mode " + mode)
print(json.dumps({"rooms": rooms}, separators=(",", ":")))
