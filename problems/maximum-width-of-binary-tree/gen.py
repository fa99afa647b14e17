"""Generates widthOfBinaryTree inputs: python3 gen.py SEED N MODE [D].

MODE:
- `v-deep`: a random chain of about N - 2D nodes going left or right at random, ending in a V:
  two chains of depth D (<= 30) that only go left and only go right, so the deepest level is
  2^D wide while the position numbers of the nodes grow to about 2^N;
- `widest-not-last`: a complete tree of about N / 2 nodes, with a single chain of the rest hanging
  below its leftmost leaf, so the widest level is not the last one;
- `random`, `complete`, `zigzag`: shapes of N nodes (a random tree is redrawn until its width fits
  in a signed 32-bit integer).
Values are random in -100..100.
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


def width(left, right):
    best, level = 0, [(0, 0)]
    while level:
        best = max(best, level[-1][1] - level[0][1] + 1)
        level = [(c, 2 * p + side) for i, p in level for side, c in ((0, left[i]), (1, right[i])) if c >= 0]
    return best


def main():
    seed, n, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    d = int(sys.argv[4]) if len(sys.argv) > 4 else 30
    rng = random.Random(seed)
    if mode == "v-deep":
        chain = n - 2 * d - 1
        left, right = [-1] * n, [-1] * n
        for i in range(1, chain + 1):
            (left if rng.random() < 0.5 else right)[i - 1] = i
        top = chain
        nxt, pl, pr = chain + 1, top, top
        for _ in range(d):
            left[pl] = nxt
            right[pr] = nxt + 1
            pl, pr = nxt, nxt + 1
            nxt += 2
    elif mode == "widest-not-last":
        half = n // 2
        left, right = tree_shape(half, "complete", rng)
        left += [-1] * (n - half)
        right += [-1] * (n - half)
        leaf = 0
        while left[leaf] >= 0:
            leaf = left[leaf]
        prev = leaf
        for i in range(half, n):
            (left if rng.random() < 0.5 else right)[prev] = i
            prev = i
    else:
        while True:
            left, right = tree_shape(n, mode, rng)
            if width(left, right) < 2**31:
                break
    vals = [rng.randint(-100, 100) for _ in range(len(left))]
    print(json.dumps({"root": level_order(vals, left, right)}))


main()
