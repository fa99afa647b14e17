"""Generates task-scheduler inputs: python3 gen.py SEED LEN N MODE.

MODE: `one` (a single letter: the most idling), `random` (26 letters, random weights),
`ties` (several letters share the top count), `spread` (all 26 letters about equally often, so
with a small n no idling is needed).
"""
import json
import random
import string
import sys

seed, length, n, mode = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
rng = random.Random(seed)
L = string.ascii_uppercase
if mode == "one":
    c = rng.choice(L)
    tasks = [c] * length
elif mode == "ties":
    top = rng.sample(L, 5)
    per = length // 10
    tasks = [c for c in top for _ in range(per)]
    rest = [c for c in L if c not in top]
    while len(tasks) < length:
        tasks.append(rng.choice(rest))
elif mode == "spread":
    tasks = [L[i % 26] for i in range(length)]
else:
    weights = [rng.random() ** 3 for _ in L]
    tasks = rng.choices(L, weights=weights, k=length)
rng.shuffle(tasks)
print(json.dumps({"tasks": tasks, "n": n}))
