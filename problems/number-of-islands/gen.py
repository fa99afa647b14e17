"""Number-of-islands grids at LeetCode's largest size: python3 gen.py SEED ROWS COLS MODE.

MODE: random (land with probability 1/2) | spiral (one island winding through the whole grid,
the deepest search) | checkerboard (every land cell its own island) | all-land.
Prints the JSON of the arguments.
"""
import json
import random
import sys

seed, rows, cols, mode = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
rng = random.Random(seed)
if mode == "random":
    grid = [[rng.choice("01") for _ in range(cols)] for _ in range(rows)]
elif mode == "checkerboard":
    grid = [["1" if (r + c) % 2 == 0 else "0" for c in range(cols)] for r in range(rows)]
elif mode == "all-land":
    grid = [["1"] * cols for _ in range(rows)]
else:  # spiral: walls of water two cells apart, land everywhere else
    grid = [["1"] * cols for _ in range(rows)]
    top, left, bottom, right = 1, 1, rows - 2, cols - 2
    r, c = 1, 0
    while top <= bottom and left <= right:
        for c in range(left - 1, right + 1):
            grid[top][c] = "0"
        for r in range(top, bottom + 1):
            grid[r][right] = "0"
        for c in range(right, left, -1):
            grid[bottom][c] = "0"
        for r in range(bottom, top + 1, -1):
            grid[r][left] = "0"
        top, left, bottom, right = top + 2, left + 2, bottom - 2, right - 2
print(json.dumps({"grid": grid}))
