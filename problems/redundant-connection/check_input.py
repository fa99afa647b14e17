"""Input validator for redundant-connection: a tree on 1..n plus one more edge."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


data = json.load(sys.stdin)
if set(data) != {"edges"}:
    fail("expected exactly the argument `edges`")
edges = data["edges"]
if not isinstance(edges, list) or not 3 <= len(edges) <= 1000:
    fail("edges.length must be in 3..1000")
n = len(edges)
seen = set()
parent = list(range(n + 1))


def find(x):
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


for e in edges:
    if not isinstance(e, list) or len(e) != 2 or any(type(x) is not int for x in e):
        fail("each edge must be a pair of integers: %r" % (e,))
    a, b = e
    if not 1 <= a < b <= n:
        fail("edge %r must satisfy 1 <= a < b <= n" % (e,))
    if (a, b) in seen:
        fail("edge %r is listed twice" % (e,))
    seen.add((a, b))
    parent[find(a)] = find(b)
if len({find(v) for v in range(1, n + 1)}) != 1:
    fail("the graph is not connected")
