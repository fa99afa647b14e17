"""Input validator for graph-valid-tree."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


data = json.load(sys.stdin)
if set(data) != {"n", "edges"}:
    fail("expected the arguments `n` and `edges`")
n, edges = data["n"], data["edges"]
if type(n) is not int or not 1 <= n <= 2000:
    fail("n must be in 1..2000")
if not isinstance(edges, list) or len(edges) > 5000:
    fail("edges.length must be at most 5000")
seen = set()
for e in edges:
    if not isinstance(e, list) or len(e) != 2 or any(type(x) is not int for x in e):
        fail("each edge must be a pair of integers: %r" % (e,))
    a, b = e
    if not (0 <= a < n and 0 <= b < n) or a == b:
        fail("edge %r must join two different nodes in 0..n-1" % (e,))
    key = (min(a, b), max(a, b))
    if key in seen:
        fail("edge %r is listed twice" % (e,))
    seen.add(key)
