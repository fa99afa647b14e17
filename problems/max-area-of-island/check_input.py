"""Input validator for max-area-of-island: 1 <= m, n <= 50, cells 0 or 1."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


data = json.load(sys.stdin)
if set(data) != {"grid"}:
    fail("expected exactly the argument `grid`")
g = data["grid"]
if not isinstance(g, list) or not 1 <= len(g) <= 50:
    fail("m must be in 1..50")
if not isinstance(g[0], list) or not 1 <= len(g[0]) <= 50:
    fail("n must be in 1..50")
n = len(g[0])
for r, row in enumerate(g):
    if not isinstance(row, list) or len(row) != n:
        fail("row %d does not have n = %d cells" % (r, n))
    if any(type(v) is not int or v not in (0, 1) for v in row):
        fail("row %d holds a value other than 0 and 1" % r)
