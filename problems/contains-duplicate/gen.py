"""Large contains-duplicate inputs: python3 gen.py SEED N MODE.

MODE `unique`: N different values (answer false, the worst case for comparing all pairs);
`first-last`: different values except that the last repeats the first; `spread`: N different
values spread over the whole range with the extremes -10^9 and 10^9; `dup-middle`: one repeated
pair in the middle.
"""
import json
import random
import sys

seed, n, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
nums = rng.sample(range(-10**9 + 1, 10**9), n)
if mode == "first-last":
    nums[-1] = nums[0]
elif mode == "spread":
    nums[0], nums[-1] = -10**9, 10**9
elif mode == "dup-middle":
    nums[n // 2 + 1] = nums[n // 2]
print(json.dumps({"nums": nums}, separators=(",", ":")))
