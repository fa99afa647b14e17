"""Generates distanceK inputs: python3 gen.py SEED N SHAPE K.

N distinct values from 0..500 on a binary tree of shape `random` (each node hung under a random
node with a free child), `chain` (a path that turns left or right at random) or `complete`.
The target is a random node; K is a number, or `deep` (the target's distance to the farthest
node, so the answer reaches across the root).
"""
import json
import random
import sys
from collections import deque

seed, n, shape, kk = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]
rng = random.Random(seed)
vals = rng.sample(range(501), n)
kids = {0: [None, None]}
adj = {0: []}
for i in range(1, n):
    if shape == "chain":
        par, side = i - 1, rng.randrange(2)
    elif shape == "complete":
        par, side = (i - 1) // 2, (i - 1) % 2
    else:
        while True:
            par, side = rng.randrange(i), rng.randrange(2)
            if kids[par][side] is None:
                break
    kids[par][side] = i
    kids[i] = [None, None]
    adj[i] = [par]
    adj[par].append(i)
t = rng.randrange(n)
if kk == "deep":
    dist = {t: 0}
    q = deque([t])
    while q:
        u = q.popleft()
        for w in adj[u]:
            if w not in dist:
                dist[w] = dist[u] + 1
                q.append(w)
    k = max(dist.values())
else:
    k = int(kk)
level, q = [], deque([0])
while q:
    u = q.popleft()
    level.append(None if u is None else vals[u])
    if u is not None:
        q.extend(kids[u])
while level[-1] is None:
    level.pop()
print(json.dumps({"root": level, "target": vals[t], "k": k}, separators=(",", ":")))
