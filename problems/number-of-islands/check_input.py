"""Input validator for number-of-islands: exits 0 if the grid is valid, else 1 with a reason."""
import json
import sys

grid = json.load(sys.stdin)["grid"]
if not 1 <= len(grid) <= 300 or not 1 <= len(grid[0]) <= 300:
    print("need 1 <= m, n <= 300")
    sys.exit(1)
if any(len(row) != len(grid[0]) for row in grid):
    print("all rows must have the same length")
    sys.exit(1)
if any(x not in ("0", "1") for row in grid for x in row):
    print('every cell must be "0" or "1"')
    sys.exit(1)
