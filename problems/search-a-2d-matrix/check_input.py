"""Input validator for search-a-2d-matrix: exits 0 if valid, else prints why and exits 1."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


data = json.load(sys.stdin)
if set(data) != {"matrix", "target"}:
    fail("expected exactly the arguments matrix and target")
g, t = data["matrix"], data["target"]
if not isinstance(g, list) or not 1 <= len(g) <= 100:
    fail("matrix must have 1..100 rows")
if not all(isinstance(r, list) for r in g) or not 1 <= len(g[0]) <= 100:
    fail("rows must hold 1..100 values")
if any(len(r) != len(g[0]) for r in g):
    fail("all rows must have the same length")
flat = [x for r in g for x in r]
if not all(is_int(x) and -10**4 <= x <= 10**4 for x in flat):
    fail("values must be integers in [-10^4, 10^4]")
if not is_int(t) or not -10**4 <= t <= 10**4:
    fail("target must be an integer in [-10^4, 10^4]")
for r in g:
    if any(r[i] > r[i + 1] for i in range(len(r) - 1)):
        fail("every row must be sorted")
for i in range(1, len(g)):
    if g[i][0] <= g[i - 1][-1]:
        fail("row %d must start above the end of row %d" % (i, i - 1))
