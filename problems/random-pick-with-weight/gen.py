"""Generates random-pick-with-weight tests: python3 gen.py SEED MODE K CALLS.

MODE `random`: K weights in 1..10^5. `small`: K weights in 1..3 (an off-by-one at a bucket's edge
moves a large share). `skewed`: one weight 10^5, the others 1. `equal`: all 10^5.
Then CALLS calls to pickIndex.
"""
import json
import random
import sys

seed, mode, k, n = int(sys.argv[1]), sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
rng = random.Random(seed)
if mode == "random":
    w = [rng.randint(1, 10**5) for _ in range(k)]
elif mode == "small":
    w = [rng.randint(1, 3) for _ in range(k)]
elif mode == "skewed":
    w = [1] * k
    w[rng.randrange(k)] = 10**5
elif mode == "equal":
    w = [10**5] * k
else:
    raise SystemExit("unknown mode " + mode)
print(json.dumps({"calls": ["Solution"] + ["pickIndex"] * n, "args": [[w]] + [[]] * n},
                 separators=(",", ":")))
