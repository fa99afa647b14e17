"""Large 3sum inputs: python3 gen.py SEED N MODE.

MODE `odd`: odd values with a few planted even ones (few triplets, so every triple must be
looked at by a naive search); `dense`: values in -100..100; `zeros`: all zeros; `dups`: values
in -6..6 (heavy duplicates); `wide`: uniform over the whole value range.
"""
import json
import random
import sys

seed, n, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
if mode == "odd":
    nums = [rng.randrange(-99999, 100000, 2) for _ in range(n)]
    for i in rng.sample(range(n), 12):
        nums[i] = rng.randrange(-100000, 100001, 2)
elif mode == "dense":
    nums = [rng.randint(-100, 100) for _ in range(n)]
elif mode == "zeros":
    nums = [0] * n
elif mode == "dups":
    nums = [rng.randint(-6, 6) for _ in range(n)]
else:
    nums = [rng.randint(-100000, 100000) for _ in range(n)]
print(json.dumps({"nums": nums}, separators=(",", ":")))
