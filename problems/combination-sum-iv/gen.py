"""Generates combination-sum-iv inputs: python3 gen.py SEED COUNT TARGET MODE.

MODE:
  `even`  the even numbers 2, 4, ... and an odd target: the answer is 0, but the number of
          ordered sequences of even numbers below the target is astronomically large (counts for
          smaller totals overflow 32 bits), and a search without memory walks through them.
  `wide`  COUNT random values from LOW..1000 (LOW = 60, raised until the answer fits in 32 bits).
"""
import json
import random
import sys

seed, count, target, mode = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
rng = random.Random(seed)


def ways(nums, t):
    dp = [1] + [0] * t
    for i in range(1, t + 1):
        dp[i] = sum(dp[i - x] for x in nums if x <= i)
    return dp[t]


if mode == "even":
    nums = [2 * (i + 1) for i in range(count)]
else:
    low = 60
    while True:
        nums = rng.sample(range(low, 1001), count)
        if ways(nums, target) < 2**31:
            break
        low += 10
rng.shuffle(nums)
print(json.dumps({"nums": nums, "target": target}))
