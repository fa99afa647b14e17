"""Large kth-largest-element-in-an-array inputs: python3 gen.py SEED N K MODE.

MODE `random`: values uniform in -10^4..10^4; `equal`: all values the same; `sorted`: increasing
values (many repeats, since n > 2 * 10^4 + 1); `reversed`: decreasing values; `small`: values in
-5..5, so small inputs repeat values too. K `any`: a random k in 1..N.
"""
import json
import random
import sys

seed, n, ks, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]
rng = random.Random(seed)
if mode == "small":
    nums = [rng.randint(-5, 5) for _ in range(n)]
elif mode == "equal":
    nums = [rng.randint(-10**4, 10**4)] * n
else:
    nums = [rng.randint(-10**4, 10**4) for _ in range(n)]
    if mode == "sorted":
        nums.sort()
    elif mode == "reversed":
        nums.sort(reverse=True)
k = rng.randint(1, n) if ks == "any" else int(ks)
print(json.dumps({"nums": nums, "k": k}, separators=(",", ":")))
