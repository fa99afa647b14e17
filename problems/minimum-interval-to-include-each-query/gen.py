"""Generates minimum-interval inputs: python3 gen.py SEED N Q MODE.

MODE: `random` (intervals of random lengths up to the whole range), `short` (short intervals,
many queries fall in none), `nested` (intervals nested around a few centres, sorted by left the
smallest comes last), `points` (single-number intervals and long ones mixed), `edges` (queries at
interval ends, 1 and 10^7).
"""
import json
import random
import sys

seed, n, q, mode = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
rng = random.Random(seed)
T = 10**7
iv = []
if mode == "short":
    for _ in range(n):
        a = rng.randint(1, T)
        iv.append([a, min(T, a + rng.randint(0, 50))])
elif mode == "nested":
    centres = [rng.randint(1, T) for _ in range(20)]
    for _ in range(n):
        c = rng.choice(centres)
        r = rng.randint(0, T // 2)
        iv.append([max(1, c - r), min(T, c + r)])
elif mode == "points":
    for _ in range(n):
        if rng.random() < 0.5:
            a = rng.randint(1, T)
            iv.append([a, a])
        else:
            a, b = sorted(rng.sample(range(1, T + 1), 2))
            iv.append([a, b])
else:
    for _ in range(n):
        a, b = sorted([rng.randint(1, T), rng.randint(1, T)])
        iv.append([a, b])
if mode == "edges":
    queries = [rng.choice([rng.choice(rng.choice(iv)), 1, T]) for _ in range(q)]
elif mode in ("points", "short"):
    queries = [rng.choice(rng.choice(iv)) if rng.random() < 0.5 else rng.randint(1, T) for _ in range(q)]
else:
    queries = [rng.randint(1, T) for _ in range(q)]
print(json.dumps({"intervals": iv, "queries": queries}))
