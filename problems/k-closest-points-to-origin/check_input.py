"""Input validator for k-closest-points-to-origin: reads {"points": [...], "k": K} on stdin."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


data = json.load(sys.stdin)
if set(data) != {"points", "k"}:
    fail("expected exactly the arguments points and k")
points, k = data["points"], data["k"]
if not isinstance(points, list) or not 1 <= len(points) <= 10**4:
    fail("points must be a list of 1..10^4 points")
for p in points:
    if not isinstance(p, list) or len(p) != 2 or any(type(c) is not int for c in p):
        fail("every point must be a pair of integers")
    if any(not -10**4 <= c <= 10**4 for c in p):
        fail("coordinates must be in -10^4..10^4")
if type(k) is not int or not 1 <= k <= len(points):
    fail("k must be in 1..points.length")
d = sorted(x * x + y * y for x, y in points)
if k < len(d) and d[k - 1] == d[k]:
    fail("the k closest points are not unique")
