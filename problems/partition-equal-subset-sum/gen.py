"""Generates partition-equal-subset-sum inputs: python3 gen.py SEED N MODE.

MODE:
  `even-trap`  even values whose total is 2 mod 4: the total is even (no shortcut), but half of
               it is odd and no group of even values reaches it; a search without memory explores
               every subset before saying false.
  `yes`        random values, the last one adjusted so that a split exists.
  `random`     random values with an even total (either answer).
"""
import json
import random
import sys

seed, n, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
if mode == "even-trap":
    nums = [rng.randrange(2, 101, 2) for _ in range(n)]
    while sum(nums) % 4 != 2:
        i = rng.randrange(n)
        nums[i] = rng.randrange(2, 101, 2)
elif mode == "yes":
    # Group B starts as a copy of group A; moving amounts between two of its values keeps its sum.
    a = [rng.randint(1, 100) for _ in range(n // 2)]
    b = a[:]
    for _ in range(10 * len(b)):
        i, j = rng.randrange(len(b)), rng.randrange(len(b))
        d = rng.randint(0, min(b[i] - 1, 100 - b[j]))
        if i != j:
            b[i] -= d
            b[j] += d
    nums = a + b
    rng.shuffle(nums)
else:
    nums = [rng.randint(1, 100) for _ in range(n)]
    if sum(nums) % 2:
        nums[0] = nums[0] + 1 if nums[0] < 100 else 99
print(json.dumps({"nums": nums}))
