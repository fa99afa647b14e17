"""Generates k-closest-points-to-origin inputs: python3 gen.py SEED N K MODE.

MODE: `random` (uniform coordinates), `small` (coordinates in -30..30: many equal distances and
repeated points, but never at the cut), `axes` (points near the axes where |x| + |y| and the true
distance disagree). K is moved to the nearest value whose cut is unambiguous.
"""
import json
import random
import sys

seed, n, k, mode = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
rng = random.Random(seed)
M = 10**4
if mode == "small":
    pts = [[rng.randint(-30, 30), rng.randint(-30, 30)] for _ in range(n)]
elif mode == "axes":
    pts = []
    for _ in range(n):
        a, b = rng.randint(-M, M), rng.randint(-M // 20, M // 20)
        pts.append([a, b] if rng.random() < 0.5 else [b, a])
else:
    pts = [[rng.randint(-M, M), rng.randint(-M, M)] for _ in range(n)]
d = sorted(x * x + y * y for x, y in pts)
ok = lambda kk: kk == n or d[kk - 1] != d[kk]
for delta in range(n):
    if k - delta >= 1 and ok(k - delta):
        k -= delta
        break
    if k + delta <= n and ok(k + delta):
        k += delta
        break
print(json.dumps({"points": pts, "k": k}))
