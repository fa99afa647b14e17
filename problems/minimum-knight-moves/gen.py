"""Generates a minimum-knight-moves input: python3 gen.py SEED MODE.

MODE `far`: a random square with |x| + |y| = 300 (the longest searches). `random`: any square
with |x| + |y| <= 300."""
import json
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
rng = random.Random(seed)
if mode == "far":
    x = rng.randint(-300, 300)
    y = (300 - abs(x)) * rng.choice((-1, 1))
else:
    while True:
        x, y = rng.randint(-300, 300), rng.randint(-300, 300)
        if abs(x) + abs(y) <= 300:
            break
print(json.dumps({"x": x, "y": y}))
