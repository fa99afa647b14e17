"""Generates jump-game-ii inputs: python3 gen.py SEED N MODE.

MODE: `small` (values 1..3: many ways to reach the end, so trying every jump sequence is
exponential), `big` (values up to 1000), `zeros` (mostly zeros with a few long jumps; zeros are
repaired where they would cut the path), `trap` (the farthest jump from each stop lands just
before a zero, short jumps are better), `ones` (all 1).
"""
import json
import random
import sys

seed, n, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
if mode == "small":
    nums = [rng.randint(1, 3) for _ in range(n)]
elif mode == "big":
    nums = [rng.randint(0, 1000) for _ in range(n)]
elif mode == "zeros":
    nums = [rng.randint(20, 200) if rng.random() < 0.05 else 0 for _ in range(n)]
elif mode == "trap":
    nums = []
    while len(nums) < n:
        k = rng.randint(3, 9)
        # from the block start a jump of k lands on the 0; a jump of k - 1 lands on a big value
        nums += [k] + [1] * (k - 2) + [2 * k + 1, 0]
    nums = nums[:n]
else:
    nums = [1] * n
# repair: make every prefix reach a bit further
reach = 0
for i in range(n):
    if i > reach:
        j = max(range(max(0, i - 20), i), key=lambda j: j + nums[j])
        nums[j] = min(1000, i - j + rng.randint(0, 30))
        reach = max(reach, j + nums[j])
    reach = max(reach, i + nums[i])
print(json.dumps({"nums": nums}))
