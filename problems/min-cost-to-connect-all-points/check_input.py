"""Input validator for min-cost-to-connect-all-points."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


data = json.load(sys.stdin)
if set(data) != {"points"}:
    fail("expected exactly the argument `points`")
pts = data["points"]
if not isinstance(pts, list) or not 1 <= len(pts) <= 1000:
    fail("points.length must be in 1..1000")
seen = set()
for p in pts:
    if not isinstance(p, list) or len(p) != 2 or any(type(v) is not int for v in p):
        fail("each point must be a pair of integers: %r" % (p,))
    if any(abs(v) > 10**6 for v in p):
        fail("coordinate out of -10^6..10^6: %r" % (p,))
    if tuple(p) in seen:
        fail("point %r appears twice" % (p,))
    seen.add(tuple(p))
