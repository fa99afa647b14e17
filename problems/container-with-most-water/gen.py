"""Large container-with-most-water inputs: python3 gen.py SEED N MODE.

MODE `random`: heights uniform in 0..10^4; `two-tall`: low walls with two tall ones at random
places; `mountain`: rising then falling heights (the widest pair is not the best).
"""
import json
import random
import sys

seed, n, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
if mode == "two-tall":
    height = [rng.randint(0, 100) for _ in range(n)]
    for i in rng.sample(range(n), 2):
        height[i] = 10000
elif mode == "mountain":
    up = sorted(rng.randint(0, 10000) for _ in range(n // 2))
    height = up + sorted((rng.randint(0, 10000) for _ in range(n - n // 2)), reverse=True)
else:
    height = [rng.randint(0, 10000) for _ in range(n)]
print(json.dumps({"height": height}, separators=(",", ":")))
