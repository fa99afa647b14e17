"""Validate-binary-search-tree inputs at LeetCode's largest size: python3 gen.py SEED N MODE.

MODE: zigzag-valid | zigzag-bad-bottom (a path of N nodes turning at every step; the last value
breaks a bound set far above) | random-valid | random-swap (two neighbours in sorted order swap
values) | random-duplicate | right-chain-min (a right chain from -2^31 upwards).
Prints the JSON of the arguments, the tree in level order with nulls.
"""
import json
import random
import sys

seed, n, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
LO, HI = -2**31, 2**31 - 1


def node(v):
    return [v, None, None]


if mode.startswith("zigzag"):
    # 0, then LO + 1, -1, LO + 2, -2, ...: left, right, left, ... each inside every bound.
    root = cur = node(0)
    nodes = [root]
    for i in range(1, n):
        v = LO + (i + 1) // 2 if i % 2 == 1 else -(i // 2)
        child = node(v)
        cur[1 if i % 2 == 1 else 2] = child
        cur = child
        nodes.append(cur)
    if mode == "zigzag-bad-bottom":
        nodes[-1][0] = 1  # above the root, but deep in its left subtree
elif mode == "right-chain-min":
    root = cur = node(LO)
    for i in range(1, n):
        cur[2] = node(LO + i)
        cur = cur[2]
else:
    values = rng.sample(range(-10**9, 10**9), n)
    root = node(values[0])
    for v in values[1:]:
        cur = root
        while True:
            side = 1 if v < cur[0] else 2
            if cur[side] is None:
                cur[side] = node(v)
                break
            cur = cur[side]
    inorder, stack, cur = [], [], root
    while stack or cur:
        while cur:
            stack.append(cur)
            cur = cur[1]
        cur = stack.pop()
        inorder.append(cur)
        cur = cur[2]
    i = rng.randrange(n - 1)
    if mode == "random-swap":
        inorder[i][0], inorder[i + 1][0] = inorder[i + 1][0], inorder[i][0]
    elif mode == "random-duplicate":
        inorder[i + 1][0] = inorder[i][0]

out, queue = [], [root]
for x in queue:
    if x is None:
        out.append(None)
    else:
        out.append(x[0])
        queue += [x[1], x[2]]
while out[-1] is None:
    out.pop()
print(json.dumps({"root": out}))
