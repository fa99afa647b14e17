"""Input validator for bus-routes."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


data = json.load(sys.stdin)
if set(data) != {"routes", "source", "target"}:
    fail("expected the arguments `routes`, `source` and `target`")
routes, source, target = data["routes"], data["source"], data["target"]
if not isinstance(routes, list) or not 1 <= len(routes) <= 500:
    fail("routes.length must be in 1..500")
total = 0
for i, r in enumerate(routes):
    if not isinstance(r, list) or not 1 <= len(r) <= 10**5:
        fail("route %d must have 1..10^5 stops" % i)
    if any(type(s) is not int or not 0 <= s < 10**6 for s in r):
        fail("route %d has a stop outside 0..10^6-1" % i)
    if len(set(r)) != len(r):
        fail("route %d lists a stop twice" % i)
    total += len(r)
if total > 10**5:
    fail("the routes hold %d stops in total, more than 10^5" % total)
for name, v in (("source", source), ("target", target)):
    if type(v) is not int or not 0 <= v < 10**6:
        fail("%s must be in 0..10^6-1" % name)
