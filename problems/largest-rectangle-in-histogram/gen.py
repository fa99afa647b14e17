"""Generates largest-rectangle-in-histogram inputs: python3 gen.py SEED N MODE.

MODE: random (0..10^4), ascending, descending, equal (all 10^4: area 10^9), zeros (random with
many zero bars), small (heights 0..10, many equal neighbours), pyramid (up then down).
"""
import json
import random
import sys

seed, n, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
H = 10**4
if mode == "random":
    h = [rng.randint(0, H) for _ in range(n)]
elif mode == "ascending":
    h = sorted(rng.randint(0, H) for _ in range(n))
elif mode == "descending":
    h = sorted((rng.randint(0, H) for _ in range(n)), reverse=True)
elif mode == "equal":
    h = [H] * n
elif mode == "zeros":
    h = [0 if rng.random() < 0.3 else rng.randint(1, H) for _ in range(n)]
elif mode == "small":
    h = [rng.randint(0, 10) for _ in range(n)]
elif mode == "pyramid":
    up = sorted(rng.randint(0, H) for _ in range(n // 2))
    down = sorted((rng.randint(0, H) for _ in range(n - n // 2)), reverse=True)
    h = up + down
else:
    raise SystemExit("unknown mode " + mode)
print(json.dumps({"heights": h}, separators=(",", ":")))
