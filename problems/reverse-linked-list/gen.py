"""Reverse-linked-list inputs at LeetCode's largest size: python3 gen.py SEED N MODE.

MODE: random | ascending | all-equal. Prints the JSON of the arguments.
"""
import json
import random
import sys

seed, n, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
if mode == "ascending":
    head = list(range(-2500, -2500 + n))
elif mode == "all-equal":
    head = [-5000] * n
else:
    head = [rng.randint(-5000, 5000) for _ in range(n)]
print(json.dumps({"head": head}))
