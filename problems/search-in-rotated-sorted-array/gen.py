"""Search-in-rotated-sorted-array inputs at LeetCode's largest size: python3 gen.py SEED N MODE.

MODE: pivot-early | pivot-late | middle | absent | not-rotated. Prints the JSON of the arguments:
N different values in [-10^4, 10^4], sorted then rotated.
"""
import json
import random
import sys

seed, n, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
values = sorted(rng.sample(range(-10**4, 10**4 + 1), n))
k = {"pivot-early": 1, "pivot-late": n - 1, "not-rotated": 0}.get(mode, rng.randrange(n))
nums = values[k:] + values[:k]
if mode == "absent":
    missing = sorted(set(range(-10**4, 10**4 + 1)) - set(values))
    target = missing[len(missing) // 2]
elif mode == "middle":
    target = nums[rng.randrange(n)]
else:
    target = nums[-1]
print(json.dumps({"nums": nums, "target": target}))
