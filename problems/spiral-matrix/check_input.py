"""Input validator for spiral-matrix: exits 0 if valid, else prints why and exits 1."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


data = json.load(sys.stdin)
if set(data) != {"matrix"}:
    fail("expected exactly the argument matrix")
g = data["matrix"]
if not isinstance(g, list) or not 1 <= len(g) <= 10:
    fail("matrix must have 1..10 rows")
if not all(isinstance(r, list) for r in g) or not 1 <= len(g[0]) <= 10:
    fail("rows must be lists of 1..10 values")
if any(len(r) != len(g[0]) for r in g):
    fail("all rows must have the same length")
for r in g:
    for x in r:
        if not isinstance(x, int) or isinstance(x, bool) or not -100 <= x <= 100:
            fail("values must be integers in [-100, 100], got %r" % (x,))
