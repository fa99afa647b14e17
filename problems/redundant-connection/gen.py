"""Generates redundant-connection inputs: python3 gen.py SEED N MODE.

A random tree on 1..N plus one edge, in shuffled order. MODE `random`: the extra edge joins two
random nodes. `long`: the tree is a shuffled path and the extra edge joins its two ends (a
cycle through every node). `short`: the extra edge closes a triangle.
"""
import json
import random
import sys

seed, n, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
labels = list(range(1, n + 1))
rng.shuffle(labels)
edges = set()
if mode == "long":
    for i in range(n - 1):
        edges.add(tuple(sorted((labels[i], labels[i + 1]))))
    edges.add(tuple(sorted((labels[0], labels[-1]))))
else:
    par = {}
    for i in range(1, n):
        par[i] = rng.randrange(i)
        edges.add(tuple(sorted((labels[i], labels[par[i]]))))
    while len(edges) < n:
        if mode == "short":
            i = rng.randrange(2, n)
            a, b = labels[i], labels[par[par[i]]] if par[i] != 0 else labels[rng.randrange(n)]
        else:
            a, b = rng.choice(labels), rng.choice(labels)
        if a != b:
            edges.add(tuple(sorted((a, b))))
edges = [list(e) for e in sorted(edges)]
rng.shuffle(edges)
print(json.dumps({"edges": edges}, separators=(",", ":")))
