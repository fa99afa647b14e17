"""Generates merge-triplets inputs: python3 gen.py SEED N MODE.

MODE: `yes` (the target's coordinates are each supplied by some fitting triplet, hidden among
many random ones that overshoot), `missing` (like yes, but the only triplets carrying one of the
target's values also overshoot elsewhere: false), `all-fit` (every triplet is below the target:
true only if each coordinate is reached), `small` (values 1..5, many exact matches).
"""
import json
import random
import sys

seed, n, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
if mode == "small":
    target = [rng.randint(1, 5) for _ in range(3)]
    triplets = [[rng.randint(1, 5) for _ in range(3)] for _ in range(n)]
    print(json.dumps({"triplets": triplets, "target": target}))
    sys.exit(0)
target = [rng.randint(200, 800) for _ in range(3)]
triplets = []
for _ in range(n):
    t = [rng.randint(1, 1000) for _ in range(3)]
    if mode == "all-fit":
        t = [rng.randint(1, target[k] - 1) for k in range(3)]
    elif rng.random() < 0.5:  # a decoy: equal to the target somewhere, overshooting elsewhere
        k = rng.randrange(3)
        t[k] = target[k]
        o = (k + rng.randint(1, 2)) % 3
        t[o] = rng.randint(target[o] + 1, 1000)
    triplets.append(t)
if mode in ("yes", "all-fit"):
    for k in range(3):
        t = [rng.randint(1, target[m]) for m in range(3)]
        t[k] = target[k]
        triplets[rng.randrange(n)] = t
elif mode == "missing":
    k = rng.randrange(3)
    # no fitting triplet has target[k] in coordinate k; the other two are supplied
    for t in triplets:
        if t[k] == target[k] and all(t[m] <= target[m] for m in range(3)):
            t[k] = target[k] - 1
    for m in range(3):
        if m != k:
            t = [rng.randint(1, target[q] - (1 if q == k else 0)) for q in range(3)]
            t[m] = target[m]
            triplets[rng.randrange(n)] = t
print(json.dumps({"triplets": triplets, "target": target}))
