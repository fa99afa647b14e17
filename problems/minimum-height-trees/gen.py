"""Generates minimum-height-trees inputs: python3 gen.py SEED N MODE.

MODE `random`: each node joins a random earlier node. `path`: a shuffled path. `caterpillar`: a
long spine with leaves hanging off it. `broom`: a star whose centre ends a long handle, so the
busiest node is far from the middle. `deep`: each node joins one of the few latest nodes.
"""
import json
import random
import sys

seed, n, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
label = list(range(n))
rng.shuffle(label)
edges = []
for i in range(1, n):
    if mode == "path":
        p = i - 1
    elif mode == "caterpillar":
        spine = n // 3
        p = i - 1 if i < spine else rng.randrange(spine)
    elif mode == "broom":
        handle = n // 2
        p = i - 1 if i <= handle else handle
    elif mode == "deep":
        p = rng.randrange(max(0, i - 3), i)
    else:
        p = rng.randrange(i)
    e = [label[i], label[p]]
    rng.shuffle(e)
    edges.append(e)
rng.shuffle(edges)
print(json.dumps({"n": n, "edges": edges}, separators=(",", ":")))
