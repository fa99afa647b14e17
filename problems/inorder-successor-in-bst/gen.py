"""Generates inorderSuccessor inputs: python3 gen.py SEED N SHAPE PICK.

N distinct values in -10^5..10^5 form a binary search tree. SHAPE: `random` (inserted in random
order), `right-chain` / `left-chain` (depth N), `zigzag` (a path that turns at every node).
PICK: `any` node, `max` (the largest: no successor), `up` (a node without a right child whose
successor is far up the tree), `down` (a node whose successor is deep in its right subtree).
"""
import json
import random
import sys
from collections import deque

seed, n, shape, pick = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]
rng = random.Random(seed)
vals = sorted(rng.sample(range(-10**5, 10**5 + 1), n))
left, right, parent = {}, {}, {}


def attach(par, v):
    (left if v < par else right)[par] = v
    parent[v] = par


if shape == "random":
    order = vals[:]
    rng.shuffle(order)
    root = order[0]
    for v in order[1:]:
        cur = root
        while True:
            side = left if v < cur else right
            if cur in side:
                cur = side[cur]
            else:
                attach(cur, v)
                break
elif shape == "right-chain":
    root = vals[0]
    for a, b in zip(vals, vals[1:]):
        attach(a, b)
elif shape == "left-chain":
    root = vals[-1]
    for a, b in zip(vals[::-1], vals[-2::-1]):
        attach(a, b)
else:  # zigzag: the smallest, then the largest, then the next smallest, ...
    lo, hi, seq = 0, n - 1, []
    while lo <= hi:
        seq.append(vals[lo])
        lo += 1
        if lo <= hi:
            seq.append(vals[hi])
            hi -= 1
    root = seq[0]
    for a, b in zip(seq, seq[1:]):
        attach(a, b)


def height_to(v):
    d = 0
    while v in parent:
        v = parent[v]
        d += 1
    return d


if pick == "any":
    p = rng.choice(vals)
elif pick == "max":
    p = vals[-1]
elif pick == "up":
    # The node just before the root's value in sorted order when it is deep; else any node
    # without a right child.
    cands = [v for v in vals[:-1] if v not in right]
    p = max(rng.sample(cands, min(300, len(cands))), key=height_to)
else:  # down
    cands = [v for v in vals if v in right]
    p = min(rng.sample(cands, min(300, len(cands))), key=height_to) if cands else vals[0]

level, queue = [], deque([root])
while queue:
    v = queue.popleft()
    level.append(v)
    if v is not None:
        queue.append(left.get(v))
        queue.append(right.get(v))
while level[-1] is None:
    level.pop()
print(json.dumps({"root": level, "p": p}, separators=(",", ":")))
