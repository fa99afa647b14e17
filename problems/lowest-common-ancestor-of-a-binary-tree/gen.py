"""Generates lowestCommonAncestor (binary tree) inputs: python3 gen.py SEED N SHAPE PAIR.

The shape is made as for a binary search tree of N distinct values, then the values are
shuffled among the nodes, so the tree is not ordered. SHAPE: `random` (inserted in random
order), `right-chain` / `left-chain` (every node has one child: depth N), `zigzag` (a path that
turns at every node). PAIR: `any` two nodes, `ancestor` (q is an ancestor of p), `deep` (p and q
below a node far from the root), `bottom` (the two deepest nodes).
"""
import json
import random
import sys
from collections import deque

seed, n, shape, pair = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]
rng = random.Random(seed)
vals = sorted(rng.sample(range(-10**9, 10**9 + 1), n))
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
else:  # zigzag: take the smallest, then the largest, then the next smallest, ...
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


depths = {root: 0}
todo = [root]
while todo:
    v = todo.pop()
    for side in (left, right):
        if v in side:
            depths[side[v]] = depths[v] + 1
            todo.append(side[v])
depth = depths.__getitem__


if pair == "any":
    p, q = rng.sample(vals, 2)
elif pair == "ancestor":
    p = max(rng.sample(vals, 50), key=depth)
    q = p
    for _ in range(rng.randint(1, depth(p))):
        q = parent[q]
elif pair == "deep":
    # Two leaves of the subtree of a deep node that has both children.
    cands = [v for v in vals if v in left and v in right]
    top = max(rng.sample(cands, min(200, len(cands))), key=depth)
    p, q = left[top], right[top]
    while p in left or p in right:
        p = left.get(p, right.get(p))
    while q in left or q in right:
        q = right.get(q, left.get(q))
else:  # bottom: the deepest node and its parent's other side (or its parent on a chain)
    p = max(vals, key=lambda v: (v not in left and v not in right, depth(v)))
    q = parent[parent[p]] if parent.get(p) in parent else parent[p]

perm = vals[:]
rng.shuffle(perm)
relabel = dict(zip(vals, perm))
left = {relabel[k]: relabel[v] for k, v in left.items()}
right = {relabel[k]: relabel[v] for k, v in right.items()}
root, p, q = relabel[root], relabel[p], relabel[q]
level, queue = [], deque([root])
while queue:
    v = queue.popleft()
    level.append(v)
    if v is not None:
        queue.append(left.get(v))
        queue.append(right.get(v))
while level[-1] is None:
    level.pop()
print(json.dumps({"root": level, "p": p, "q": q}))
