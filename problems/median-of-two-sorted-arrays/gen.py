"""Generates median-of-two-sorted-arrays inputs: python3 gen.py SEED M N MODE.

MODE: random (values over the whole range), disjoint (all of nums1 below all of nums2),
interleaved (odd values in one list, even in the other), dups (few distinct values),
extreme (only -10^6 and 10^6).
"""
import json
import random
import sys

seed, m, n, mode = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
rng = random.Random(seed)
V = 10**6
if mode == "random":
    a = [rng.randint(-V, V) for _ in range(m)]
    b = [rng.randint(-V, V) for _ in range(n)]
elif mode == "disjoint":
    a = [rng.randint(-V, 0) for _ in range(m)]
    b = [rng.randint(1, V) for _ in range(n)]
elif mode == "interleaved":
    a = [2 * rng.randint(-V // 2, V // 2) + 1 for _ in range(m)]
    b = [2 * rng.randint(-V // 2, V // 2 - 1) for _ in range(n)]
elif mode == "dups":
    a = [rng.randint(-3, 3) for _ in range(m)]
    b = [rng.randint(-3, 3) for _ in range(n)]
elif mode == "extreme":
    a = [rng.choice([-V, V]) for _ in range(m)]
    b = [rng.choice([-V, V]) for _ in range(n)]
else:
    raise SystemExit("unknown mode " + mode)
print(json.dumps({"nums1": sorted(a), "nums2": sorted(b)}, separators=(",", ":")))
