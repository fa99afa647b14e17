"""Generates smallestRange inputs: python3 gen.py SEED K MAXLEN MODE.

K sorted lists of 1..MAXLEN values (MAXLEN exactly when MODE ends in `-full`). MODE `random`:
values anywhere in -10^5..10^5. `narrow`: values in -30..30 (many duplicates and equal-width
ties). `drift`: list i's values lie near i * 50 - 10^5 (the answer is wide). `spread`: every
list spans the whole range but sparsely.
"""
import json
import random
import sys

seed, k, maxlen, mode = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
rng = random.Random(seed)
full = mode.endswith("-full")
mode = mode.replace("-full", "")
nums = []
for i in range(k):
    n = maxlen if full else rng.randint(1, maxlen)
    if mode == "random" or mode == "spread":
        row = [rng.randint(-10**5, 10**5) for _ in range(n)]
    elif mode == "narrow":
        row = [rng.randint(-30, 30) for _ in range(n)]
    elif mode == "drift":
        c = -10**5 + (i * 50) % (2 * 10**5)
        row = [min(10**5, max(-10**5, c + rng.randint(-3000, 3000))) for _ in range(n)]
    else:
        raise SystemExit("unknown mode " + mode)
    nums.append(sorted(row))
print(json.dumps({"nums": nums}, separators=(",", ":")))
