"""Input validator for rotting-oranges: exits 0 if the grid is valid, else 1 with a reason."""
import json
import sys

grid = json.load(sys.stdin)["grid"]
if not 1 <= len(grid) <= 10 or not 1 <= len(grid[0]) <= 10:
    print("need 1 <= rows, columns <= 10")
    sys.exit(1)
if any(len(row) != len(grid[0]) for row in grid):
    print("all rows must have the same length")
    sys.exit(1)
if any(x not in (0, 1, 2) for row in grid for x in row):
    print("every cell must be 0, 1 or 2")
    sys.exit(1)
