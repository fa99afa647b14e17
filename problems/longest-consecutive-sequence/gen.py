"""Generates longest-consecutive-sequence inputs: python3 gen.py SEED N MODE.

MODE:
  random     values drawn uniformly from [-10^9, 10^9] (runs are short)
  one-run    one run of N values ending at 10^9, shuffled (worst case for walking every run
             from every value: O(n^2))
  blocks     many runs of random lengths, with duplicates, shuffled
  dense      values from a small range, so most values repeat and runs join up
"""
import json
import random
import sys

seed, n, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
if mode == "random":
    nums = [rng.randint(-10**9, 10**9) for _ in range(n)]
elif mode == "one-run":
    nums = list(range(10**9 - n + 1, 10**9 + 1))
    rng.shuffle(nums)
elif mode == "blocks":
    nums = []
    start = -10**9
    while len(nums) < n:
        length = min(rng.randint(1, 3000), n - len(nums))
        block = list(range(start, start + length))
        # repeat a few values of the block
        for _ in range(length // 10):
            if len(block) < length + length // 10 and len(nums) + len(block) < n:
                block.append(rng.choice(block[:length]))
        nums.extend(block)
        start += length + rng.randint(2, 10**4)
    nums = nums[:n]
    rng.shuffle(nums)
elif mode == "dense":
    nums = [rng.randint(-n // 3, n // 3) for _ in range(n)]
else:
    raise SystemExit("unknown mode " + mode)
print(json.dumps({"nums": nums}, separators=(",", ":")))
