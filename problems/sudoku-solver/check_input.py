"""Input validator for sudoku-solver: a 9 x 9 board of digits 1-9 and '.', no digit twice in a
row, column or 3 x 3 box, and exactly one way to complete it."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


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



data = json.load(sys.stdin)
if set(data) != {"board"}:
    fail("expected the argument `board`")
board = data["board"]
if not isinstance(board, list) or len(board) != 9:
    fail("the board must have 9 rows")
cells = []
for r, row in enumerate(board):
    if not isinstance(row, list) or len(row) != 9:
        fail("row %d must have 9 cells" % r)
    for ch in row:
        if not isinstance(ch, str) or ch not in ".123456789" or len(ch) != 1:
            fail("row %d: every cell is a digit 1-9 or '.'" % r)
        cells.append(0 if ch == "." else int(ch))
for i in range(81):
    for j in range(i + 1, 81):
        if cells[i] and cells[i] == cells[j] and (
            i // 9 == j // 9 or i % 9 == j % 9 or BOX[i] == BOX[j]
        ):
            fail("digit %d appears twice in a row, column or box" % cells[i])
n = count_solutions(cells[:])
if n != 1:
    fail("the puzzle must have exactly one solution (it has %s)" % ("none" if n == 0 else "several"))
