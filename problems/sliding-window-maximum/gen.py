"""Large sliding-window-maximum inputs: python3 gen.py SEED N K MODE (random | decreasing | increasing).

Prints the JSON of the arguments. `decreasing` keeps the deque of candidates long; `increasing`
replaces the maximum at every step.
"""
import json
import random
import sys

seed, n, k, mode = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
rng = random.Random(seed)
if mode == "random":
    nums = [rng.randint(-10**4, 10**4) for _ in range(n)]
else:
    nums = sorted(rng.randint(-10**4, 10**4) for _ in range(n))
    if mode == "decreasing":
        nums.reverse()
print(json.dumps({"nums": nums, "k": k}))
