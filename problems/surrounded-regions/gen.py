"""Generates solve (surrounded regions) inputs: python3 gen.py SEED M N MODE.

MODE: `random` (45% O), `dense` (60% O), `all` (every cell O), `snake` (one winding path of O
from the border, cut once so that its far half is enclosed).
"""
import json
import random
import sys

seed, m, n, mode = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
rng = random.Random(seed)
if mode in ("random", "dense"):
    p = 0.45 if mode == "random" else 0.6
    board = [["O" if rng.random() < p else "X" for _ in range(n)] for _ in range(m)]
elif mode == "all":
    board = [["O"] * n for _ in range(m)]
else:
    board = [["X"] * n for _ in range(m)]
    for i in range(1, m - 1, 2):
        for j in range(1, n - 1):
            board[i][j] = "O"
        # link row i to row i + 2 at alternating ends
        if i + 2 < m - 1:
            board[i + 1][n - 2 if (i // 2) % 2 == 0 else 1] = "O"
    board[1][0] = "O"  # the snake touches the border here
    # Cut the snake once in the middle: the part beyond the cut is enclosed and captured.
    cut = rng.randrange(m // 2 - 1, m // 2 + 1) | 1
    board[cut][rng.randrange(2, n - 2)] = "X"
print(json.dumps({"board": board}))
