"""Generates sudoku-solver inputs: python3 gen.py SEED CLUES [MODE].

A random solved grid (randomized backtracking), then cells are emptied in random order as long
as the puzzle keeps exactly one solution, until only CLUES digits are left or no digit can be
removed. MODE `rows`: empty whole rows first (what remains must still have one solution).
"""
import json
import random
import sys

seed, clues = int(sys.argv[1]), int(sys.argv[2])
mode = sys.argv[3] if len(sys.argv) > 3 else "cells"
rng = random.Random(seed)
BOX = [(r // 3) * 3 + c // 3 for r in range(9) for c in range(9)]


def count_solutions(cells, limit=2):
    """Solutions of the 81-cell list (0 = empty), counted up to `limit` (bitmasks, fewest
    candidates first)."""
    rows, cols, boxes = [0] * 9, [0] * 9, [0] * 9
    empty = []
    for i, v in enumerate(cells):
        if v:
            b = 1 << v
            rows[i // 9] |= b
            cols[i % 9] |= b
            boxes[BOX[i]] |= b
        else:
            empty.append(i)
    found = 0

    def go():
        nonlocal found
        best, best_free = -1, None
        for i in empty:
            if cells[i]:
                continue
            free = ~(rows[i // 9] | cols[i % 9] | boxes[BOX[i]]) & 0x3FE
            if best_free is None or bin(free).count("1") < bin(best_free).count("1"):
                best, best_free = i, free
                if free == 0:
                    return
        if best < 0:
            found += 1
            return
        r, c, bx = best // 9, best % 9, BOX[best]
        for d in range(1, 10):
            b = 1 << d
            if best_free & b:
                cells[best] = d
                rows[r] |= b
                cols[c] |= b
                boxes[bx] |= b
                go()
                cells[best] = 0
                rows[r] ^= b
                cols[c] ^= b
                boxes[bx] ^= b
                if found >= limit:
                    return

    go()
    return found


def full_grid():
    cells = [0] * 81

    def fill(i):
        if i == 81:
            return True
        r, c = divmod(i, 9)
        used = {cells[r * 9 + k] for k in range(9)} | {cells[k * 9 + c] for k in range(9)}
        br, bc = r // 3 * 3, c // 3 * 3
        used |= {cells[(br + a) * 9 + bc + b] for a in range(3) for b in range(3)}
        digits = [d for d in range(1, 10) if d not in used]
        rng.shuffle(digits)
        for d in digits:
            cells[i] = d
            if fill(i + 1):
                return True
        cells[i] = 0
        return False

    fill(0)
    return cells


cells = full_grid()
order = list(range(81))
rng.shuffle(order)
if mode == "rows":
    rows = list(range(9))
    rng.shuffle(rows)
    order = [r * 9 + c for r in rows for c in range(9)]
left = 81
for i in order:
    if left <= clues:
        break
    keep = cells[i]
    cells[i] = 0
    if count_solutions(cells[:]) != 1:
        cells[i] = keep
    else:
        left -= 1
board = [[str(cells[r * 9 + c]) if cells[r * 9 + c] else "." for c in range(9)] for r in range(9)]
print(json.dumps({"board": board}, separators=(",", ":")))
