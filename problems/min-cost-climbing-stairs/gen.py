"""Generates min-cost-climbing-stairs inputs: python3 gen.py SEED N MODE.

MODE: `random` (0..999), `max` (all 999), `zeros` (all 0), `spiky` (cheap steps with expensive
ones in between, often two in a row).
"""
import json
import random
import sys

seed, n, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
if mode == "max":
    cost = [999] * n
elif mode == "zeros":
    cost = [0] * n
elif mode == "spiky":
    cost = [rng.choice([0, 1, 2, 998, 999]) for _ in range(n)]
else:
    cost = [rng.randint(0, 999) for _ in range(n)]
print(json.dumps({"cost": cost}))
