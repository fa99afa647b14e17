"""Generates isBalanced inputs: python3 gen.py SEED N MODE.

MODE:
- `balanced`: a random height-balanced tree of at most N nodes (every node's subtrees differ
  in height by at most one; many differ by exactly one);
- `broken`: such a tree with a chain of two nodes hung under one of its leaves, which usually
  breaks the balance at some node deep inside;
- `twin-chains`: the root has a left chain and a right chain of equal length (N nodes in all),
  so the root looks balanced but no other node is;
- `left`, `right`, `zigzag`, `random`: shapes of exactly N nodes.
Values are random in -10^4..10^4.
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


def balanced(rng, limit):
    """A random height-balanced tree: left/right child lists, root 0."""
    for height in range(13, 0, -1):
        for _ in range(20):
            left, right = [], []

            def build(h):
                if h == 0:
                    return -1
                i = len(left)
                left.append(-1)
                right.append(-1)
                if len(left) > limit:
                    raise OverflowError
                r = rng.random()
                hl, hr = (h - 1, h - 1) if r < 0.5 else (h - 1, h - 2) if r < 0.75 else (h - 2, h - 1)
                left[i] = build(max(hl, 0))
                right[i] = build(max(hr, 0))
                return i

            try:
                build(height)
                return left, right
            except OverflowError:
                continue
    raise SystemExit("no tree")


def main():
    seed, n, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    rng = random.Random(seed)
    if mode in ("balanced", "broken"):
        left, right = balanced(rng, n - (2 if mode == "broken" else 0))
        if mode == "broken":
            leaves = [i for i in range(len(left)) if left[i] < 0 and right[i] < 0]
            leaf = rng.choice(leaves)
            a, b = len(left), len(left) + 1
            left += [-1, -1]
            right += [-1, -1]
            (left if rng.random() < 0.5 else right)[leaf] = a
            (left if rng.random() < 0.5 else right)[a] = b
    elif mode == "twin-chains":
        half = (n - 1) // 2
        left, right = [-1] * (2 * half + 1), [-1] * (2 * half + 1)
        prev_l, prev_r = 0, 0
        for k in range(half):
            a, b = 1 + 2 * k, 2 + 2 * k
            left[prev_l] = a
            right[prev_r] = b
            prev_l, prev_r = a, b
    else:
        left, right = tree_shape(n, mode, rng)
    vals = [rng.randint(-10**4, 10**4) for _ in range(len(left))]
    print(json.dumps({"root": level_order(vals, left, right)}))


main()
