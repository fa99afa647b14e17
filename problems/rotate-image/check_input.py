"""Input validator for rotate-image: exits 0 if valid, else 1 with a reason."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


args = json.load(sys.stdin)
if set(args) != {"matrix"}:
    fail("expected the argument matrix")
matrix = args["matrix"]
if not isinstance(matrix, list) or not 1 <= len(matrix) <= 20:
    fail("matrix must have 1..20 rows")
n = len(matrix)
for row in matrix:
    if not isinstance(row, list) or len(row) != n:
        fail("the matrix must be square")
    if any(type(v) is not int or not -1000 <= v <= 1000 for v in row):
        fail("every matrix[i][j] must be in -1000..1000")
