"""Generates pathSum (III) inputs: python3 gen.py SEED N SHAPE VALUES TARGET.

SHAPE: random | complete | left | right | zigzag. VALUES: `small` (-3..3, many matching paths),
`zero` (all 0: every downward path matches target 0), `huge` (+-10^9 mixed with small values,
so sums leave the 32-bit range), `wrap` (values near 10^9 chosen so that some path sums are
exactly 2^32 away from the target). TARGET is a number in -1000..1000.
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
    seed, n, shape, values, target = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4], int(sys.argv[5])
    rng = random.Random(seed)
    left, right = tree_shape(n, shape, rng)
    if values == "small":
        vals = [rng.randint(-3, 3) for _ in range(n)]
    elif values == "zero":
        vals = [0] * n
    elif values == "huge":
        vals = [rng.choice((10**9, -10**9, rng.randint(-5, 5))) for _ in range(n)]
    else:  # wrap: runs of four 10^9s followed by 2^32 - 4*10^9 + target
        step = 2**32 - 4 * 10**9 + target
        vals = [10**9 if i % 5 < 4 else step for i in range(n)]
    print(json.dumps({"root": level_order(vals, left, right), "targetSum": target}))


main()
