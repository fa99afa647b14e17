"""Generates valid-sudoku inputs: python3 gen.py SEED BLANKS MODE.

Starts from a shuffled solved grid and empties BLANKS random cells. MODE:
  valid   nothing else (answer true)
  full    BLANKS ignored: the whole solved grid (answer true)
  row     two empty cells of one row, in different blocks, get a digit that is nowhere in their
          columns, their blocks or that row: only the row rule breaks
  col     the same for a column
  box     two empty cells of one block, in different rows and columns: only the block rule breaks
"""
import json
import random
import sys

seed, blanks, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)


def shuffled_groups():
    bands = [0, 1, 2]
    rng.shuffle(bands)
    out = []
    for band in bands:
        inner = [0, 1, 2]
        rng.shuffle(inner)
        out += [band * 3 + i for i in inner]
    return out


rows, cols = shuffled_groups(), shuffled_groups()
digits = list("123456789")
rng.shuffle(digits)
grid = [[digits[(3 * (r % 3) + r // 3 + c) % 9] for c in cols] for r in rows]
if mode != "full":
    cells = rng.sample([(r, c) for r in range(9) for c in range(9)], blanks)
    for r, c in cells:
        grid[r][c] = "."


def free_digits(cells):
    used = set()
    for r, c in cells:
        used |= set(grid[r])
        used |= {grid[i][c] for i in range(9)}
        br, bc = r // 3 * 3, c // 3 * 3
        used |= {grid[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return [d for d in "123456789" if d not in used]


def plant(pairs):
    rng.shuffle(pairs)
    for a, b in pairs:
        if grid[a[0]][a[1]] == "." and grid[b[0]][b[1]] == ".":
            free = free_digits([a, b])
            if free:
                d = rng.choice(free)
                grid[a[0]][a[1]] = grid[b[0]][b[1]] = d
                return
    raise SystemExit("no place to plant a conflict; use more blanks")


if mode == "row":
    plant([((r, c1), (r, c2)) for r in range(9) for c1 in range(9) for c2 in range(9)
           if c1 // 3 < c2 // 3])
elif mode == "col":
    plant([((r1, c), (r2, c)) for c in range(9) for r1 in range(9) for r2 in range(9)
           if r1 // 3 < r2 // 3])
elif mode == "box":
    plant([((r1, c1), (r2, c2)) for r1 in range(9) for c1 in range(9) for r2 in range(9)
           for c2 in range(9) if r1 // 3 == r2 // 3 and c1 // 3 == c2 // 3 and r1 < r2 and c1 != c2])
elif mode not in ("valid", "full"):
    raise SystemExit("unknown mode " + mode)
print(json.dumps({"board": grid}))
