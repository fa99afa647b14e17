"""Generates isSymmetric inputs: python3 gen.py SEED N SHAPE MODE VALUES.

The root's left subtree is a tree of SHAPE (random | complete | left | right | zigzag) with
(N - 1) / 2 nodes and its right subtree is its mirror image. MODE then spoils it, or not:
`mirror` (symmetric), `value` (one value on the right changed), `leaf` (one leaf removed on the
right), `copy` (the right subtree is a copy of the left one, not its mirror).
VALUES: `random` (-100..100) or `few` (0..1, so values alone rarely tell sides apart).
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
    seed, n, shape, mode, values = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
    rng = random.Random(seed)
    h = (n - 1) // 2
    sl, sr = tree_shape(h, shape, rng)
    lo, hi = (-100, 100) if values == "random" else (0, 1)
    sv = [rng.randint(lo, hi) for _ in range(h)]
    total = 1 + 2 * h
    left, right = [-1] * total, [-1] * total
    vals = [rng.randint(lo, hi)] + sv + sv
    left[0], right[0] = 1, 1 + h
    for i in range(h):
        a, b = 1 + i, 1 + h + i
        left[a] = sl[i] + 1 if sl[i] >= 0 else -1
        right[a] = sr[i] + 1 if sr[i] >= 0 else -1
        if mode == "copy":
            left[b] = sl[i] + 1 + h if sl[i] >= 0 else -1
            right[b] = sr[i] + 1 + h if sr[i] >= 0 else -1
        else:  # mirror: swap the sides
            left[b] = sr[i] + 1 + h if sr[i] >= 0 else -1
            right[b] = sl[i] + 1 + h if sl[i] >= 0 else -1
    if mode == "value":
        b = 1 + h + rng.randrange(h)
        vals[b] = vals[b] + 1 if vals[b] < hi else vals[b] - 1
    elif mode == "leaf":
        leaves = [b for b in range(1 + h, total) if left[b] < 0 and right[b] < 0 and b != 1 + h]
        if leaves:
            leaf = rng.choice(leaves)
            for arr in (left, right):
                for p in range(total):
                    if arr[p] == leaf:
                        arr[p] = -1
    print(json.dumps({"root": level_order(vals, left, right)}))


main()
