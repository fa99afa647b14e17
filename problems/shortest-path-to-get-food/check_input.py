"""Input validator for shortest-path-to-get-food."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


data = json.load(sys.stdin)
if set(data) != {"grid"}:
    fail("expected exactly the argument `grid`")
g = data["grid"]
if not isinstance(g, list) or not 1 <= len(g) <= 200:
    fail("m must be in 1..200")
if not isinstance(g[0], list) or not 1 <= len(g[0]) <= 200:
    fail("n must be in 1..200")
n = len(g[0])
stars = 0
for r, row in enumerate(g):
    if not isinstance(row, list) or len(row) != n:
        fail("row %d must have n = %d cells" % (r, n))
    for ch in row:
        if ch not in ("*", "X", "O", "#"):
            fail("row %d holds %r, not one of * X O #" % (r, ch))
        stars += ch == "*"
if stars != 1:
    fail("the grid must hold exactly one '*', found %d" % stars)
