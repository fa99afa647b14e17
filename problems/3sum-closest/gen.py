"""Generates 3sum-closest inputs: python3 gen.py SEED N SPREAD TARGET.

N values uniform in [-SPREAD, SPREAD] (SPREAD <= 1000). TARGET is an integer, or `far` for
10^4 (far above every sum). If the closest sum is not unique, values are redrawn.
"""
import json
import random
import sys

seed, n, spread, t = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
rng = random.Random(seed)
target = 10**4 if t == "far" else int(t)


def closest(a, t):
    best = None
    for i in range(len(a) - 2):
        lo, hi = i + 1, len(a) - 1
        while lo < hi:
            s = a[i] + a[lo] + a[hi]
            if best is None or abs(s - t) < abs(best - t):
                best = s
            if s < t:
                lo += 1
            elif s > t:
                hi -= 1
            else:
                return s
    return best


while True:
    nums = [rng.randint(-spread, spread) for _ in range(n)]
    a = sorted(nums)
    best = closest(a, target)
    d = abs(best - target)
    if d == 0 or not (closest(a, target - d) == target - d and closest(a, target + d) == target + d):
        break
print(json.dumps({"nums": nums, "target": target}))
