"""Input validator for clone-graph: exits 0 if valid, else 1 with a reason."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


args = json.load(sys.stdin)
if set(args) != {"node"}:
    fail("expected the argument node")
adj = args["node"]
if not isinstance(adj, list) or len(adj) > 100:
    fail("the graph must have 0..100 nodes")
n = len(adj)
for i, row in enumerate(adj, start=1):
    if not isinstance(row, list) or any(type(j) is not int or not 1 <= j <= n for j in row):
        fail("node %d: neighbours must be node values 1..%d" % (i, n))
    if i in row:
        fail("node %d: no self-loops" % i)
    if len(set(row)) != len(row):
        fail("node %d: no repeated edges" % i)
    for j in row:
        if i not in adj[j - 1]:
            fail("the graph must be undirected: %d lists %d but not the other way" % (i, j))
if n:
    seen, stack = {1}, [1]
    while stack:
        for j in adj[stack.pop() - 1]:
            if j not in seen:
                seen.add(j)
                stack.append(j)
    if len(seen) != n:
        fail("the graph must be connected")
