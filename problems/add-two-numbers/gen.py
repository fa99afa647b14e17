"""Generates addTwoNumbers inputs: python3 gen.py SEED LEN1 LEN2 MODE.

Digits are stored least significant first. MODE: `random` digits, or `nines` (l1 is all 9s, so
adding l2 carries all the way through and the result is one digit longer).
"""
import json
import random
import sys

seed, n1, n2, mode = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
rng = random.Random(seed)


def number(n, nines=False):
    if nines:
        return [9] * n
    digits = [rng.randint(0, 9) for _ in range(n - 1)] + [rng.randint(1, 9)]
    return digits if n > 1 else [rng.randint(0, 9)]


l1 = number(n1, mode == "nines")
l2 = number(n2)
if mode == "nines":
    l2[0] = max(l2[0], 1)
print(json.dumps({"l1": l1, "l2": l2}))
