"""Rotting-oranges grids at LeetCode's largest size: python3 gen.py SEED ROWS COLS MODE.

MODE: zigzag (one long corridor, rot starts at one end) | zigzag-cut (the same, with the corridor
blocked once) | random | one-rotten (all fresh, one rotten cell) | many-sources.
Prints the JSON of the arguments.
"""
import json
import random
import sys

seed, rows, cols, mode = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
rng = random.Random(seed)
if mode.startswith("zigzag"):
    grid = []
    for r in range(rows):
        if r % 2 == 0:
            grid.append([1] * cols)
        else:
            row = [0] * cols
            row[cols - 1 if r % 4 == 1 else 0] = 1
            grid.append(row)
    grid[0][0] = 2
    if mode == "zigzag-cut":
        grid[rows - 1 - (rows % 2 == 0)][cols // 2] = 0
elif mode == "one-rotten":
    grid = [[1] * cols for _ in range(rows)]
    grid[rng.randrange(rows)][rng.randrange(cols)] = 2
elif mode == "many-sources":
    grid = [[rng.choice((1, 1, 1, 2)) for _ in range(cols)] for _ in range(rows)]
else:
    grid = [[rng.choice((0, 1, 1, 1, 1, 2)) for _ in range(cols)] for _ in range(rows)]
print(json.dumps({"grid": grid}))
