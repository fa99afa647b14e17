"""Generates search-a-2d-matrix inputs: python3 gen.py SEED M N WHERE.

WHERE: in (target is a random cell), first (the very first cell), last (the very last cell),
gap (a value between two rows, absent), below / above (outside the range), missing (a random value
not in the grid).
"""
import json
import random
import sys

seed, m, n, where = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
rng = random.Random(seed)
LO, HI = -10**4, 10**4
# m*n values, rows strictly separated, duplicates allowed inside a row. Leave room for gaps.
rows = []
cur = LO + 1
step = max(1, (HI - LO - 2) // (2 * m * n + 2 * m))
for _ in range(m):
    row = []
    for _ in range(n):
        row.append(cur)
        cur += rng.choice([0, step, step, 2 * step]) if row else 0
    rows.append(row)
    cur = row[-1] + rng.randint(2, max(2, step))
assert rows[-1][-1] < HI
flat = [x for r in rows for x in r]
present = set(flat)
if where == "in":
    t = rng.choice(flat)
elif where == "first":
    t = flat[0]
elif where == "last":
    t = flat[-1]
elif where == "gap":
    i = rng.randrange(1, m)
    t = rows[i - 1][-1] + 1
    assert t not in present
elif where == "below":
    t = LO
elif where == "above":
    t = HI
elif where == "missing":
    t = rng.choice([v for v in range(flat[0], flat[-1]) if v not in present])
else:
    raise SystemExit("unknown mode " + where)
print(json.dumps({"matrix": rows, "target": t}, separators=(",", ":")))
