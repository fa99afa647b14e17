"""Input validator for number-of-connected-components-in-an-undirected-graph."""
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
if not isinstance(edges, list) or not 1 <= len(edges) <= 5000:
    fail("edges.length must be in 1..5000")
seen = set()
for e in edges:
    if not isinstance(e, list) or len(e) != 2 or any(type(x) is not int for x in e):
        fail("each edge must be a pair of integers: %r" % (e,))
    a, b = e
    if not 0 <= a < b < n:
        fail("edge %r must satisfy 0 <= a < b < n" % (e,))
    if (a, b) in seen:
        fail("edge %r is listed twice" % (e,))
    seen.add((a, b))
