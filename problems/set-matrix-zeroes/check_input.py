"""Input validator for set-matrix-zeroes: exits 0 if valid, else 1 with a reason."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


args = json.load(sys.stdin)
if set(args) != {"matrix"}:
    fail("expected the argument matrix")
matrix = args["matrix"]
if not isinstance(matrix, list) or not 1 <= len(matrix) <= 200:
    fail("matrix must have 1..200 rows")
if not isinstance(matrix[0], list) or not 1 <= len(matrix[0]) <= 200:
    fail("matrix must have 1..200 columns")
n = len(matrix[0])
for row in matrix:
    if not isinstance(row, list) or len(row) != n:
        fail("every row must have the same length")
    if any(type(v) is not int or not -2**31 <= v <= 2**31 - 1 for v in row):
        fail("every matrix[i][j] must be a 32-bit integer")
