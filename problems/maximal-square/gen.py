"""Generates maximal-square inputs: python3 gen.py SEED M N MODE.

MODE: `ones` (all '1': the worst case for growing a square from every cell), `dense` (about 97%
ones), `random` (half ones), `planted` (a big square of ones with a few holes around it in a
sparse grid), `zeros` (all '0').
"""
import json
import random
import sys

seed, m, n, mode = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
rng = random.Random(seed)
if mode == "ones":
    g = [["1"] * n for _ in range(m)]
elif mode == "zeros":
    g = [["0"] * n for _ in range(m)]
elif mode == "dense":
    g = [["1" if rng.random() < 0.97 else "0" for _ in range(n)] for _ in range(m)]
elif mode == "planted":
    g = [["1" if rng.random() < 0.3 else "0" for _ in range(n)] for _ in range(m)]
    k = rng.randint(min(m, n) // 3, min(m, n) - 1)
    r, c = rng.randint(0, m - k), rng.randint(0, n - k)
    for i in range(r, r + k):
        for j in range(c, c + k):
            g[i][j] = "1"
else:
    g = [[rng.choice("01") for _ in range(n)] for _ in range(m)]
print(json.dumps({"matrix": g}))
