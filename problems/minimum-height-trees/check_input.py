"""Input validator for minimum-height-trees: the edges form a tree on 0..n-1."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


data = json.load(sys.stdin)
if set(data) != {"n", "edges"}:
    fail("expected the arguments `n` and `edges`")
n, edges = data["n"], data["edges"]
if type(n) is not int or not 1 <= n <= 2 * 10**4:
    fail("n must be in 1..2*10^4")
if not isinstance(edges, list) or len(edges) != n - 1:
    fail("there must be exactly n - 1 edges")
parent = list(range(n))


def find(x):
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


for e in edges:
    if not isinstance(e, list) or len(e) != 2 or any(type(x) is not int for x in e):
        fail("each edge must be a pair of integers: %r" % (e,))
    a, b = e
    if not (0 <= a < n and 0 <= b < n) or a == b:
        fail("edge %r must join two different nodes in 0..n-1" % (e,))
    ra, rb = find(a), find(b)
    if ra == rb:
        fail("edge %r closes a cycle (or repeats an edge)" % (e,))
    parent[ra] = rb
