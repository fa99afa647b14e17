"""Generates pathSum inputs: python3 gen.py SEED N SHAPE VALUES TARGET.

SHAPE: random | complete | left | right | zigzag, or `broom` (a chain of N / 25 nodes above a
complete tree of the rest, so many long paths share their start). VALUES: `full` (-1000..1000),
`small` (-2..2, many paths share a sum) or `zero` (all 0). TARGET: `leaf` (the sum of the path to
a random leaf, clamped to -1000..1000), `zero`, or `random`.
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
    seed, n, shape, values, target = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
    rng = random.Random(seed)
    if shape == "broom":
        chain = n // 25
        cl, cr = tree_shape(n - chain, "complete", rng)
        left = list(range(1, chain + 1)) + [c + chain if c >= 0 else -1 for c in cl]
        right = [-1] * chain + [c + chain if c >= 0 else -1 for c in cr]
    else:
        left, right = tree_shape(n, shape, rng)
    lo, hi = {"full": (-1000, 1000), "small": (-2, 2), "zero": (0, 0)}[values]
    vals = [rng.randint(lo, hi) for _ in range(n)]
    if target == "leaf":
        i, total = 0, 0
        while True:
            total += vals[i]
            kids = [c for c in (left[i], right[i]) if c >= 0]
            if not kids:
                break
            i = rng.choice(kids)
        if not -1000 <= total <= 1000:  # nudge the leaf so the sum is in range
            want = max(-1000, min(1000, total))
            vals[i] += want - total
            if not -1000 <= vals[i] <= 1000:
                vals[i] = max(-1000, min(1000, vals[i]))
        goal = max(-1000, min(1000, total))
    elif target == "zero":
        goal = 0
    else:
        goal = rng.randint(-1000, 1000)
    print(json.dumps({"root": level_order(vals, left, right), "targetSum": goal}))


main()
