"""Generates plus-one inputs: python3 gen.py SEED N TAIL.

N digits: a random non-zero first digit, random middle digits, and TAIL nines at the end (the
carry runs through them). TAIL = N makes every digit a nine.
"""
import json
import random
import sys

seed, n, tail = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
rng = random.Random(seed)
head = n - tail
digits = []
if head > 0:
    digits = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(head - 1)]
    if head >= 1 and tail > 0 and digits[-1] == 9:
        digits[-1] = rng.randint(1, 8) if head == 1 else rng.randint(0, 8)
digits += [9] * tail
print(json.dumps({"digits": digits}))
