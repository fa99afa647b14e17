"""Large trapping-rain-water inputs: python3 gen.py SEED N MODE (random | max-answer | walk).

Prints the JSON of the arguments.
"""
import json
import random
import sys

seed, n, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
if mode == "max-answer":
    height = [100000] + [0] * (n - 2) + [100000]
elif mode == "walk":
    h, height = 50000, []
    for _ in range(n):
        h = min(100000, max(0, h + rng.randint(-3000, 3000)))
        height.append(h)
else:
    height = [rng.randint(0, 100000) for _ in range(n)]
print(json.dumps({"height": height}))
