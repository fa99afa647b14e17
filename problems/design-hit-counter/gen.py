"""Generates design-hit-counter calls: python3 gen.py SEED CALLS MODE.

MODE: `dense` (small steps: the window holds many hits, several per second), `boundary` (steps of
exactly 299, 300 and 301 seconds, so hits sit right on the window's edge), `sparse` (big jumps:
most windows are empty), `late` (timestamps near 2 * 10^9).
"""
import json
import random
import sys

seed, ncalls, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
t = rng.randint(1, 1000) if mode != "late" else 2 * 10**9 - 20000
calls, args = ["HitCounter"], [[]]
for _ in range(ncalls):
    if mode == "dense":
        t += rng.choice([0, 0, 1, 2, 5])
    elif mode == "boundary":
        t += rng.choice([0, 0, 299, 300, 301, 1])
    elif mode == "sparse":
        t += rng.choice([0, 150, 400, 10**6])
    else:
        t += rng.choice([0, 1, 50, 120])
    calls.append("hit" if rng.random() < 0.6 else "getHits")
    args.append([t])
print(json.dumps({"calls": calls, "args": args}))
