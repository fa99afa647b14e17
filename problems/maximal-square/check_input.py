"""Input validator for maximal-square: reads {"matrix": [[...]]} on stdin."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


data = json.load(sys.stdin)
if set(data) != {"matrix"}:
    fail("expected exactly the argument matrix")
matrix = data["matrix"]
if not isinstance(matrix, list) or not 1 <= len(matrix) <= 300:
    fail("matrix must have 1..300 rows")
n = len(matrix[0]) if isinstance(matrix[0], list) else 0
if not 1 <= n <= 300:
    fail("rows must have 1..300 cells")
for row in matrix:
    if not isinstance(row, list) or len(row) != n:
        fail("all rows must have the same length")
    if any(c not in ("0", "1") for c in row):
        fail("cells must be the characters '0' or '1'")
