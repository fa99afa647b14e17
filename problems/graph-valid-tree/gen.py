"""Generates graph-valid-tree inputs: python3 gen.py SEED N MODE.

MODE `tree`: a random tree. `path`: a shuffled path (deep for recursive searches). `extra`: a tree
plus one edge (n edges). `swap`: a tree with one edge moved so that it closes a cycle and leaves a
piece cut off (still n - 1 edges). `forest`: a tree with one edge removed. `dense`: 5000 random edges.
"""
import json
import random
import sys

seed, n, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
labels = list(range(n))
rng.shuffle(labels)
edges = []
if mode == "path":
    edges = [[labels[i], labels[i + 1]] for i in range(n - 1)]
elif mode == "dense":
    seen = set()
    while len(edges) < 5000:
        a, b = rng.randrange(n), rng.randrange(n)
        if a != b and (min(a, b), max(a, b)) not in seen:
            seen.add((min(a, b), max(a, b)))
            edges.append([a, b])
else:
    parent_of = {}
    for i in range(1, n):
        p = rng.randrange(max(0, i - 30), i) if rng.random() < 0.5 else rng.randrange(i)
        parent_of[i] = p
        edges.append([labels[i], labels[p]])
    if mode == "extra":
        seen = {(min(a, b), max(a, b)) for a, b in edges}
        while True:
            a, b = rng.randrange(n), rng.randrange(n)
            if a != b and (min(a, b), max(a, b)) not in seen:
                edges.append([a, b])
                break
    elif mode in ("swap", "forest"):
        # cut the edge above node k; in `swap` join two nodes of the part still holding node 0
        k = rng.randrange(n // 2, n)
        edges = [e for e in edges if e != [labels[k], labels[parent_of[k]]]]
        if mode == "swap":
            below = {k}
            for i in range(k + 1, n):
                if parent_of[i] in below:
                    below.add(i)
            seen = {(min(a, b), max(a, b)) for a, b in edges}
            while True:
                a, b = rng.randrange(n), rng.randrange(n)
                if a != b and a not in below and b not in below:
                    la, lb = labels[a], labels[b]
                    if (min(la, lb), max(la, lb)) not in seen:
                        edges.append([la, lb])
                        break
    for e in edges:
        if rng.random() < 0.5:
            e.reverse()
rng.shuffle(edges)
print(json.dumps({"n": n, "edges": edges}, separators=(",", ":")))
