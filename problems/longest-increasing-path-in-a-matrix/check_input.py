"""Input validator for longest-increasing-path-in-a-matrix: reads {"matrix": [[...]]}."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


data = json.load(sys.stdin)
if set(data) != {"matrix"}:
    fail("expected exactly the argument matrix")
matrix = data["matrix"]
if not isinstance(matrix, list) or not 1 <= len(matrix) <= 200:
    fail("matrix must have 1..200 rows")
n = len(matrix[0]) if isinstance(matrix[0], list) else -1
if not 1 <= n <= 200:
    fail("rows must have 1..200 values")
for row in matrix:
    if not isinstance(row, list) or len(row) != n:
        fail("all rows must have the same length")
    for x in row:
        if type(x) is not int or not 0 <= x <= 2**31 - 1:
            fail("values must be integers in 0..2^31 - 1")
