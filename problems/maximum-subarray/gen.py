"""Generates maximum-subarray inputs: python3 gen.py SEED N MODE.

MODE: `random` (uniform in -10^4..10^4), `positive` (all 10^4: the answer is the whole sum,
10^9), `negative` (all negative), `drift` (slightly negative on average, so the best block is
long but not everything), `dips` (long positive runs separated by deep negative dips).
"""
import json
import random
import sys

seed, n, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
M = 10**4
if mode == "positive":
    nums = [M] * n
elif mode == "negative":
    nums = [rng.randint(-M, -1) for _ in range(n)]
elif mode == "drift":
    nums = [rng.randint(-M, M - 200) for _ in range(n)]
elif mode == "dips":
    nums = []
    while len(nums) < n:
        nums += [rng.randint(0, M) for _ in range(rng.randint(100, 3000))]
        nums += [-M] * rng.randint(1, 400)
    nums = nums[:n]
else:
    nums = [rng.randint(-M, M) for _ in range(n)]
print(json.dumps({"nums": nums}))
