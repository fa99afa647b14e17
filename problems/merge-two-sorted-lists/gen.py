"""Merge-two-sorted-lists inputs at LeetCode's largest size: python3 gen.py SEED N1 N2 MODE.

MODE: random | few-values (values from a small range, many ties) | disjoint (every value of the
first list is below every value of the second). Prints the JSON of the arguments.
"""
import json
import random
import sys

seed, n1, n2, mode = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
rng = random.Random(seed)
if mode == "few-values":
    a = sorted(rng.randint(-2, 2) for _ in range(n1))
    b = sorted(rng.randint(-2, 2) for _ in range(n2))
elif mode == "disjoint":
    a = sorted(rng.randint(-100, -1) for _ in range(n1))
    b = sorted(rng.randint(0, 100) for _ in range(n2))
else:
    a = sorted(rng.randint(-100, 100) for _ in range(n1))
    b = sorted(rng.randint(-100, 100) for _ in range(n2))
print(json.dumps({"list1": a, "list2": b}))
