"""Input validator for 01-matrix."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


data = json.load(sys.stdin)
if set(data) != {"mat"}:
    fail("expected exactly the argument `mat`")
mat = data["mat"]
if not isinstance(mat, list) or not 1 <= len(mat) <= 10**4:
    fail("m must be in 1..10^4")
if not isinstance(mat[0], list) or not 1 <= len(mat[0]) <= 10**4:
    fail("n must be in 1..10^4")
n = len(mat[0])
if len(mat) * n > 10**4:
    fail("m * n must be at most 10^4")
zero = False
for r, row in enumerate(mat):
    if not isinstance(row, list) or len(row) != n:
        fail("row %d must have n = %d cells" % (r, n))
    if any(type(v) is not int or v not in (0, 1) for v in row):
        fail("row %d holds a value other than 0 and 1" % r)
    zero = zero or 0 in row
if not zero:
    fail("the grid must contain at least one 0")
