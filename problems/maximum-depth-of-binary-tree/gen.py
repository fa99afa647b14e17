"""Large tree inputs: python3 gen.py SEED N SHAPE LO HI.

SHAPE: `left-chain`, `right-chain`, `zigzag-chain` (a path of N nodes, alternating sides),
`complete` (level order without gaps), `random` (each new node hangs from a random free child
slot), `bst` (N different values inserted in random order into a search tree). Values are drawn
from LO..HI. Printed as LeetCode's level order with nulls, trailing nulls dropped.
"""
import json
import random
import sys

seed, n, shape, lo, hi = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
rng = random.Random(seed)
left, right = [None] * n, [None] * n
vals = [rng.randint(lo, hi) for _ in range(n)]
if shape in ("left-chain", "right-chain", "zigzag-chain"):
    for i in range(1, n):
        side = {"left-chain": 0, "right-chain": 1}.get(shape, i % 2)
        (left if side == 0 else right)[i - 1] = i
elif shape == "complete":
    for i in range(1, n):
        (left if i % 2 == 1 else right)[(i - 1) // 2] = i
elif shape == "bst":
    vals = rng.sample(range(lo, hi + 1), n)
    for i in range(1, n):
        cur = 0
        while True:
            if vals[i] < vals[cur]:
                if left[cur] is None:
                    left[cur] = i
                    break
                cur = left[cur]
            else:
                if right[cur] is None:
                    right[cur] = i
                    break
                cur = right[cur]
else:
    free = [(0, 0), (0, 1)]
    for i in range(1, n):
        k = rng.randrange(len(free))
        free[k], free[-1] = free[-1], free[k]
        parent, side = free.pop()
        (left if side == 0 else right)[parent] = i
        free += [(i, 0), (i, 1)]
out, queue, head = [], [0] if n else [], 0
while head < len(queue):
    node = queue[head]
    head += 1
    if node is None:
        out.append(None)
        continue
    out.append(vals[node])
    queue += [left[node], right[node]]
while out and out[-1] is None:
    out.pop()
print(json.dumps({"root": out}, separators=(",", ":")))
