"""Generates cooldown stock inputs: python3 gen.py SEED N MODE.

MODE: `random` (0..1000), `zigzag` (up one day, down the next: the cooldown matters every time),
`walk` (a random walk), `rising` (non-decreasing), `falling` (non-increasing: answer 0).
"""
import json
import random
import sys

seed, n, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
if mode == "zigzag":
    prices = [rng.randint(0, 400) if i % 2 == 0 else rng.randint(600, 1000) for i in range(n)]
elif mode == "walk":
    prices, p = [], 500
    for _ in range(n):
        p = min(1000, max(0, p + rng.randint(-40, 40)))
        prices.append(p)
elif mode == "rising":
    prices = sorted(rng.randint(0, 1000) for _ in range(n))
elif mode == "falling":
    prices = sorted((rng.randint(0, 1000) for _ in range(n)), reverse=True)
else:
    prices = [rng.randint(0, 1000) for _ in range(n)]
print(json.dumps({"prices": prices}))
