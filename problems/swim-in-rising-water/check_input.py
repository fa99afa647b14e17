"""Input validator for swim-in-rising-water: an n x n permutation of 0..n^2-1, n <= 50."""
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
    fail("n must be in 1..50")
n = len(g)
values = []
for r, row in enumerate(g):
    if not isinstance(row, list) or len(row) != n:
        fail("row %d must have n = %d entries" % (r, n))
    for v in row:
        if type(v) is not int:
            fail("row %d holds a non-integer" % r)
        values.append(v)
if sorted(values) != list(range(n * n)):
    fail("the heights must be the numbers 0..n^2-1, each once")
