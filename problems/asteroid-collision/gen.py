"""Generates asteroid-collision inputs: python3 gen.py SEED N MODE.

MODE: random (sizes 1..1000, random directions), small (sizes 1..3: many equal-size collisions),
wall (N/2 small right-movers, then one huge left-mover that destroys them all, then more),
apart (all left-movers first, then all right-movers: nothing collides).
"""
import json
import random
import sys

seed, n, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
if mode == "random":
    a = [rng.randint(1, 1000) * rng.choice([1, -1]) for _ in range(n)]
elif mode == "small":
    a = [rng.randint(1, 3) * rng.choice([1, -1]) for _ in range(n)]
elif mode == "wall":
    half = n // 2
    a = [rng.randint(1, 999) for _ in range(half)] + [-1000]
    a += [rng.randint(1, 1000) * rng.choice([1, -1]) for _ in range(n - half - 1)]
elif mode == "apart":
    k = rng.randint(1, n - 1)
    a = [-rng.randint(1, 1000) for _ in range(k)] + [rng.randint(1, 1000) for _ in range(n - k)]
else:
    raise SystemExit("unknown mode " + mode)
print(json.dumps({"asteroids": a}, separators=(",", ":")))
