"""Large longest-increasing-subsequence inputs: python3 gen.py SEED N MODE.

MODE `random`: uniform in -10^4..10^4; `increasing`: strictly increasing; `sawtooth`: increasing
runs of 50 that restart lower; `decreasing`: strictly decreasing; `equal`: one value repeated.
"""
import json
import random
import sys

seed, n, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
if mode == "increasing":
    nums = sorted(rng.sample(range(-10**4, 10**4 + 1), n))
elif mode == "decreasing":
    nums = sorted(rng.sample(range(-10**4, 10**4 + 1), n), reverse=True)
elif mode == "sawtooth":
    nums = [10**4 - 200 * (i // 50) + 3 * (i % 50) - 150 for i in range(n)]
    nums = [max(-10**4, min(10**4, x)) for x in nums]
elif mode == "equal":
    nums = [rng.randint(-10**4, 10**4)] * n
else:
    nums = [rng.randint(-10**4, 10**4) for _ in range(n)]
print(json.dumps({"nums": nums}, separators=(",", ":")))
