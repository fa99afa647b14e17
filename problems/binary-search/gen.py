"""Large binary-search inputs: python3 gen.py SEED N WHERE.

Draws N different sorted values in -9999..9999; WHERE picks the target: `first`, `last`,
`absent` (a value between two entries), `above` (greater than every entry), `below`, or `random`
(a random entry).
"""
import json
import random
import sys

seed, n, where = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
pool = range(-9999, 10000)
if where == "absent":
    nums = sorted(rng.sample(range(-9999, 10000, 2), n))
    target = nums[rng.randrange(n - 1)] + 1
    if target in set(nums):
        target = nums[0] + 1
elif where == "above":
    nums = sorted(rng.sample(range(-9999, 9999), n))
    target = 9999 if nums[-1] < 9999 else nums[-1]
elif where == "below":
    nums = sorted(rng.sample(range(-9998, 10000), n))
    target = -9999
else:
    nums = sorted(rng.sample(pool, n))
    target = {"first": nums[0], "last": nums[-1]}.get(where, nums[rng.randrange(n)])
print(json.dumps({"nums": nums, "target": target}, separators=(",", ":")))
