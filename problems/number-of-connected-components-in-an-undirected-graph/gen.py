"""Generates inputs: python3 gen.py SEED N E MODE.

MODE `random`: E distinct random edges. `clusters`: E edges inside N // 50 groups (many cycles,
so n - E is far off). `chain`: a shuffled path plus random extra edges, one component.
"""
import json
import random
import sys

seed, n, e, mode = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
rng = random.Random(seed)
edges = set()
labels = list(range(n))
rng.shuffle(labels)


def add(a, b):
    if a != b:
        edges.add((min(a, b), max(a, b)))


if mode == "chain":
    for i in range(n - 1):
        add(labels[i], labels[i + 1])
if mode == "clusters":
    groups = max(1, n // 50)
    while len(edges) < e:
        g = rng.randrange(groups)
        members = labels[g::groups]
        add(rng.choice(members), rng.choice(members))
while len(edges) < e:
    add(rng.randrange(n), rng.randrange(n))
edges = [list(x) for x in edges]
edges.sort()
rng.shuffle(edges)
print(json.dumps({"n": n, "edges": edges}, separators=(",", ":")))
