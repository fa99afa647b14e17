"""Generates first-missing-positive inputs: python3 gen.py SEED N MODE.

MODE: full (a shuffled permutation of 1..N: answer N + 1), gap (1..N with one value replaced by a
negative number: answer the removed value), dups (values from 1..N/2 with repeats and extremes),
random (values over the whole 32-bit range).
"""
import json
import random
import sys

seed, n, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
if mode == "full":
    a = list(range(1, n + 1))
elif mode == "gap":
    a = list(range(1, n + 1))
    a[rng.randrange(n // 2, n)] = -rng.randint(1, 2**31)
elif mode == "dups":
    a = [rng.randint(1, n // 2) for _ in range(n - 2)] + [2**31 - 1, -2**31]
elif mode == "random":
    a = [rng.randint(-2**31, 2**31 - 1) for _ in range(n)]
else:
    raise SystemExit("unknown mode " + mode)
rng.shuffle(a)
print(json.dumps({"nums": a}, separators=(",", ":")))
