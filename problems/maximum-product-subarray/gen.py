"""Generates maximum-product-subarray inputs: python3 gen.py SEED N ZEROS.

Mostly 1 and -1 (random signs), with factors of size 2..10 scattered at random places while
their product stays below 2^31 inside every zero-free stretch; ZEROS zeros at random places.
"""
import json
import random
import sys

seed, n, zeros = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
rng = random.Random(seed)
nums = [rng.choice([1, -1]) for _ in range(n)]
for i in rng.sample(range(n), zeros):
    nums[i] = 0
budget_positions = rng.sample(range(n), min(n, 200))
for i in budget_positions:
    if nums[i] == 0:
        continue
    v = rng.randint(2, 10) * rng.choice([1, -1])
    old = nums[i]
    nums[i] = v
    # product of the zero-free stretch around i
    lo = i
    while lo > 0 and nums[lo - 1] != 0:
        lo -= 1
    hi = i
    while hi + 1 < n and nums[hi + 1] != 0:
        hi += 1
    mag = 1
    for x in nums[lo:hi + 1]:
        mag *= abs(x)
    if mag > 2**31 - 1:
        nums[i] = old
print(json.dumps({"nums": nums}))
