"""Generates detect-squares calls: python3 gen.py SEED CALLS MODE.

MODE: `grid` (points on a small grid with many repeats: many squares, large counts), `wide`
(points anywhere in 0..1000: few squares), `diagonal` (many points sharing the query's x and y,
and rectangles that are not squares), `edges` (coordinates 0 and 1000 included).
"""
import json
import random
import sys

seed, ncalls, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
if mode == "grid":
    coords = [rng.randint(0, 1000) for _ in range(6)]
    pick = lambda: [rng.choice(coords), rng.choice(coords)]
elif mode == "diagonal":
    base = rng.randint(200, 800)
    pick = lambda: [base + rng.choice([0, rng.randint(-200, 200)]), base + rng.choice([0, rng.randint(-200, 200)])]
elif mode == "edges":
    pick = lambda: [rng.choice([0, 1000, rng.randint(0, 1000)]), rng.choice([0, 1000, rng.randint(0, 1000)])]
else:
    pick = lambda: [rng.randint(0, 1000), rng.randint(0, 1000)]
calls, args = ["DetectSquares"], [[]]
while len(calls) - 1 < ncalls:
    c = "add" if rng.random() < 0.6 else "count"
    calls.append(c)
    args.append([pick()])
print(json.dumps({"calls": calls, "args": args}))
