"""Generates last-stone-weight inputs: python3 gen.py SEED N MODE.

MODE: `random` (weights in 1..1000), `heavy` (weights near 1000), `powers` (powers of two, which
keep producing new stones that must be put back in order), `one-giant` (one stone outweighs the
rest together).
"""
import json
import random
import sys

seed, n, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
if mode == "heavy":
    stones = [rng.randint(990, 1000) for _ in range(n)]
elif mode == "powers":
    stones = [rng.choice([1, 2, 4, 8, 16, 32, 64, 128, 256, 512]) for _ in range(n)]
elif mode == "one-giant":
    stones = [rng.randint(1, 30) for _ in range(n - 1)] + [1000]
    rng.shuffle(stones)
else:
    stones = [rng.randint(1, 1000) for _ in range(n)]
print(json.dumps({"stones": stones}))
