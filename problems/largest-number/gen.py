"""Generates largest-number inputs: python3 gen.py SEED N MODE.

MODE: random (values of random lengths up to 10^9), prefixes (values sharing prefixes such as 3,
30, 34, 303, 330, where the order is subtle), zeros (mostly zeros), repeats (values made of a
repeated digit pattern like 12, 1212, 121).
"""
import json
import random
import sys

seed, n, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
if mode == "random":
    a = [rng.randint(0, 10 ** rng.randint(1, 9)) for _ in range(n)]
elif mode == "prefixes":
    base = str(rng.randint(1, 9))
    a = [int(base + "".join(rng.choice("0" + base + "9") for _ in range(rng.randint(0, 8)))) for _ in range(n)]
elif mode == "zeros":
    a = [0] * (n - 1) + [rng.choice([0, 0, 1])]
elif mode == "repeats":
    pat = str(rng.randint(10, 99))
    a = [int((pat * 5)[: rng.randint(1, 9)]) for _ in range(n)]
else:
    raise SystemExit("unknown mode " + mode)
rng.shuffle(a)
print(json.dumps({"nums": a}))
