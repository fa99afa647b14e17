"""Generates cloneGraph inputs: python3 gen.py SEED N MODE.

The graph on nodes 1..N is connected, undirected, without self-loops or repeated edges; every
neighbour list is shuffled. MODE: `complete`, `sparse` (a random tree plus N/2 edges), `dense`
(a random tree plus N^2/8 edges), `cycle` (one ring through all nodes in random order), `path`.
"""
import json
import random
import sys

seed, n, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
edges = set()


def add(a, b):
    if a != b:
        edges.add((min(a, b), max(a, b)))


order = list(range(1, n + 1))
rng.shuffle(order)
if mode == "complete":
    for a in range(1, n + 1):
        for b in range(a + 1, n + 1):
            add(a, b)
elif mode in ("cycle", "path"):
    for a, b in zip(order, order[1:]):
        add(a, b)
    if mode == "cycle":
        add(order[-1], order[0])
else:
    for i in range(1, n):
        add(order[i], order[rng.randrange(i)])
    extra = n // 2 if mode == "sparse" else n * n // 8
    while len(edges) < n - 1 + extra:
        add(rng.randint(1, n), rng.randint(1, n))
adj = [[] for _ in range(n)]
for a, b in edges:
    adj[a - 1].append(b)
    adj[b - 1].append(a)
for row in adj:
    rng.shuffle(row)
print(json.dumps({"node": adj}))
