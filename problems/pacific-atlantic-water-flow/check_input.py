"""Input validator for pacific-atlantic-water-flow: 1 <= m, n <= 200, 0 <= heights <= 1e5."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


data = json.load(sys.stdin)
if set(data) != {"heights"}:
    fail("expected exactly the argument `heights`")
h = data["heights"]
if not isinstance(h, list) or not 1 <= len(h) <= 200:
    fail("m must be in 1..200")
n = len(h[0]) if isinstance(h[0], list) else -1
if not 1 <= n <= 200:
    fail("n must be in 1..200")
for r, row in enumerate(h):
    if not isinstance(row, list) or len(row) != n:
        fail("row %d does not have n = %d entries" % (r, n))
    for v in row:
        if type(v) is not int or not 0 <= v <= 100000:
            fail("row %d holds %r, outside 0..10^5" % (r, v))
