"""Large two-sum inputs: python3 gen.py SEED N MODE (MODE: random | pair-at-end | repeated).

Prints the JSON of the arguments. Exactly one pair of positions adds up to the target.
"""
import json
import random
import sys

seed, n, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
if mode == "repeated":
    # Many copies of a few small negative values; the pair is two large positives, so no sum
    # involving a filler value reaches the target.
    nums = [rng.randint(-1000, -1) for _ in range(n - 2)]
    a, b = rng.randint(450_000_000, 500_000_000), rng.randint(450_000_000, 500_000_000)
    i, j = n - 2, n - 1
    nums += [a, b]
    target = a + b
else:
    while True:
        nums = rng.sample(range(-10**9, 10**9 + 1), n)
        if mode == "pair-at-end":
            i, j = n - 2, n - 1
        else:
            i, j = sorted(rng.sample(range(n), 2))
        target = nums[i] + nums[j]
        if abs(target) > 10**9:
            continue
        present = set(nums)
        pairs = sum(1 for x in nums if target - x in present and target - x != x)
        if pairs == 2:  # the one pair, seen from both ends
            break
print(json.dumps({"nums": nums, "target": target}))
