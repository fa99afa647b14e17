"""Generates kthSmallest inputs: python3 gen.py SEED N SHAPE K_MODE.

SHAPE: random | complete | left | right | zigzag; N distinct values from 0..10^4 are placed so the
tree is a binary search tree. K_MODE: first (k = 1), last (k = N), middle, random.
"""
import json
import random
import sys

def tree_shape(n, kind, rng):
    """Children of nodes 0..n-1 (root 0) as two lists: left[i], right[i] (-1 = none)."""
    left, right = [-1] * n, [-1] * n
    if kind == "complete":
        for i in range(n):
            if 2 * i + 1 < n:
                left[i] = 2 * i + 1
            if 2 * i + 2 < n:
                right[i] = 2 * i + 2
    elif kind in ("left", "right", "zigzag"):
        for i in range(1, n):
            side = kind if kind != "zigzag" else ("left" if i % 2 else "right")
            (left if side == "left" else right)[i - 1] = i
    else:  # random: each new node takes a uniformly chosen free child slot
        slots = [(0, 0), (0, 1)]
        for i in range(1, n):
            k = rng.randrange(len(slots))
            slots[k], slots[-1] = slots[-1], slots[k]
            p, side = slots.pop()
            (left if side == 0 else right)[p] = i
            slots.append((i, 0))
            slots.append((i, 1))
    return left, right


def level_order(vals, left, right, root=0):
    """LeetCode's level-order encoding: nulls for missing children, trailing nulls dropped."""
    if root < 0:
        return []
    out, queue, head = [], [root], 0
    while head < len(queue):
        i = queue[head]
        head += 1
        if i < 0:
            out.append(None)
            continue
        out.append(vals[i])
        queue.append(left[i])
        queue.append(right[i])
    while out and out[-1] is None:
        out.pop()
    return out


def main():
    seed, n, shape, kmode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]
    rng = random.Random(seed)
    left, right = tree_shape(n, shape, rng)
    values = sorted(rng.sample(range(0, 10**4 + 1), n))
    vals = [0] * n
    stack, i, pos = [], 0, 0
    while stack or i >= 0:  # inorder walk hands out the sorted values
        while i >= 0:
            stack.append(i)
            i = left[i]
        i = stack.pop()
        vals[i] = values[pos]
        pos += 1
        i = right[i]
    k = {"first": 1, "last": n, "middle": (n + 1) // 2}.get(kmode) or rng.randint(1, n)
    print(json.dumps({"root": level_order(vals, left, right), "k": k}))


main()
