"""Generates find-k-closest-elements inputs: python3 gen.py SEED N K X MODE.

MODE: random (sorted random values in [-10^4, 10^4]), even (even values only, X odd: many ties),
dups (few distinct values, many repeats), small (even values in -8..8: with an odd x, ties and
repeats even in small inputs). X = `low` / `high` put x beyond either end, `any` anywhere from 2
below the smallest value to 2 above the largest. K `any`: a random k in 1..N.
"""
import json
import random
import sys

seed, n, ks, xs, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
rng = random.Random(seed)
V = 10**4
if mode == "random":
    arr = sorted(rng.randint(-V, V) for _ in range(n))
elif mode == "even":
    arr = sorted(2 * rng.randint(-V // 2, V // 2) for _ in range(n))
elif mode == "small":
    arr = sorted(2 * rng.randint(-4, 4) for _ in range(n))
elif mode == "dups":
    arr = sorted(rng.randint(-5, 5) for _ in range(n))
else:
    raise SystemExit("unknown mode " + mode)
k = rng.randint(1, n) if ks == "any" else int(ks)
x = {"low": -V, "high": V}.get(xs)
if xs == "any":
    x = rng.randint(max(-V, arr[0] - 2), min(V, arr[-1] + 2))
elif x is None:
    x = int(xs)
print(json.dumps({"arr": arr, "k": k, "x": x}, separators=(",", ":")))
