"""permutations inputs at LeetCode's largest size: python3 gen.py SEED N MODE (random | extremes | sorted).

Prints the JSON of the arguments: N different integers in [-10, 10].
"""
import json
import random
import sys

seed, n, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
if mode == "sorted":
    nums = list(range(1, n + 1))
elif mode == "extremes":
    nums = [-10, 10, -9, 9, 0, 1, -1, 5, -8, 8][:n]
else:
    nums = rng.sample(range(-10, 11), n)
print(json.dumps({"nums": nums}))
