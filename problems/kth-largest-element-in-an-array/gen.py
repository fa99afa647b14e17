"""Large kth-largest-element-in-an-array inputs: python3 gen.py SEED N K MODE.

MODE `random`: values uniform in -10^4..10^4; `equal`: all values the same; `sorted`: increasing
values (many repeats, since n > 2 * 10^4 + 1); `reversed`: decreasing values.
"""
import json
import random
import sys

seed, n, k, mode = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
rng = random.Random(seed)
if mode == "equal":
    nums = [rng.randint(-10**4, 10**4)] * n
else:
    nums = [rng.randint(-10**4, 10**4) for _ in range(n)]
    if mode == "sorted":
        nums.sort()
    elif mode == "reversed":
        nums.sort(reverse=True)
print(json.dumps({"nums": nums, "k": k}, separators=(",", ":")))
