"""Generates serialize/deserialize inputs: python3 gen.py SEED N SHAPE [SPREAD].

N nodes with values in -1000..1000 (or in -SPREAD..SPREAD). SHAPE: `random` (each new node
takes a random free child slot), `complete`, `left` (a left chain), `zigzag` (a path turning at
every node). Written in LeetCode's level order.
"""
import json
import random
import sys
from collections import deque

seed, n, shape = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
spread = int(sys.argv[4]) if len(sys.argv) > 4 else 1000
rng = random.Random(seed)
vals = [rng.randint(-spread, spread) for _ in range(n)]
kids = [[None, None] for _ in range(n)]
if shape == "random":
    free = [(0, 0), (0, 1)]
    for i in range(1, n):
        j = rng.randrange(len(free))
        free[j], free[-1] = free[-1], free[j]
        parent, side = free.pop()
        kids[parent][side] = i
        free += [(i, 0), (i, 1)]
elif shape == "complete":
    for i in range(1, n):
        kids[(i - 1) // 2][(i - 1) % 2] = i
else:
    for i in range(1, n):
        kids[i - 1][0 if shape == "left" or i % 2 else 1] = i
level, queue = [], deque([0] if n else [])
while queue:
    i = queue.popleft()
    if i is None:
        level.append(None)
        continue
    level.append(vals[i])
    queue.extend(kids[i])
while level and level[-1] is None:
    level.pop()
print(json.dumps({"root": level}))
