"""Generates non-overlapping-intervals inputs: python3 gen.py SEED N MODE.

MODE: `short` (random short intervals: many overlaps and many touches), `long` (random lengths),
`nested` (one long interval containing many short ones: keeping the long one is the trap),
`chain` (intervals touching end to end, shuffled: nothing to remove), `same` (one interval
repeated).
"""
import json
import random
import sys

seed, n, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
LO, HI = -5 * 10**4, 5 * 10**4
out = []
if mode == "short":
    for _ in range(n):
        a = rng.randint(LO, HI - 1)
        out.append([a, min(HI, a + rng.randint(1, 8))])
elif mode == "long":
    for _ in range(n):
        a, b = sorted(rng.sample(range(LO, HI + 1), 2))
        out.append([a, b])
elif mode == "nested":
    for _ in range(n):
        if rng.random() < 0.3:
            a = rng.randint(LO, 0)
            out.append([a, a + rng.randint(20000, 50000)])
        else:
            a = rng.randint(LO, HI - 3)
            out.append([a, a + rng.randint(1, 3)])
elif mode == "chain":
    pts = sorted(rng.sample(range(LO, HI + 1), n + 1))
    out = [[pts[i], pts[i + 1]] for i in range(n)]
else:
    a = rng.randint(LO, HI - 1)
    out = [[a, rng.randint(a + 1, HI)]] * n
rng.shuffle(out)
print(json.dumps({"intervals": out}))
