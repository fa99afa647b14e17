"""Generates isSubtree inputs: python3 gen.py SEED N_ROOT MAX_SUB SHAPE VALUES MODE.

SHAPE: random | complete | left | right | zigzag (shape of root). VALUES: `full` (-10^4..10^4) or
`small` (0..1, so many subtrees almost match). MODE picks subRoot from a subtree of root with at
most MAX_SUB nodes: `copy` (an exact copy: true), `leaf-changed` (one leaf value changed),
`leaf-removed` (one leaf dropped: root has more below), `leaf-added` (one extra leaf).
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
    seed, n, max_sub, shape, values, mode = sys.argv[1:7]
    rng = random.Random(int(seed))
    n, max_sub = int(n), int(max_sub)
    lo, hi = (-10**4, 10**4) if values == "full" else (0, 1)
    left, right = tree_shape(n, shape, rng)
    vals = [rng.randint(lo, hi) for _ in range(n)]
    # subtree sizes (children have larger indices than parents in every shape)
    size = [1] * n
    for i in range(n - 1, -1, -1):
        for c in (left[i], right[i]):
            if c >= 0:
                size[i] += size[c]
    candidates = [i for i in range(n) if size[i] <= max_sub and (mode != "leaf-removed" or size[i] >= 2)]
    best = max(size[i] for i in candidates)
    big = [i for i in candidates if size[i] * 2 >= best]
    s = rng.choice(big)
    # copy the subtree rooted at s
    order, stack = [], [s]
    while stack:
        i = stack.pop()
        order.append(i)
        for c in (right[i], left[i]):
            if c >= 0:
                stack.append(c)
    idx = {old: k for k, old in enumerate(order)}
    sv = [vals[i] for i in order]
    sl = [idx[left[i]] if left[i] >= 0 else -1 for i in order]
    sr = [idx[right[i]] if right[i] >= 0 else -1 for i in order]
    leaves = [k for k in range(len(order)) if sl[k] < 0 and sr[k] < 0 and k != 0]
    if mode == "leaf-changed":
        k = rng.choice(leaves or [0])
        sv[k] = sv[k] + 1 if sv[k] < hi else sv[k] - 1
    elif mode == "leaf-removed":
        k = rng.choice(leaves)
        for arr in (sl, sr):
            for p in range(len(arr)):
                if arr[p] == k:
                    arr[p] = -1
    elif mode == "leaf-added":
        k = rng.choice(leaves or [0])
        sv.append(sv[k])
        sl.append(-1)
        sr.append(-1)
        if rng.random() < 0.5:
            sl[k] = len(sv) - 1
        else:
            sr[k] = len(sv) - 1
    print(json.dumps({"root": level_order(vals, left, right), "subRoot": level_order(sv, sl, sr)}))


main()
