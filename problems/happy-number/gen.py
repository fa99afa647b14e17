"""Generates happy-number inputs: python3 gen.py SEED LO HI WANT.

A random n in [LO, HI] that is happy (WANT = happy) or not (WANT = unhappy).
"""
import json
import random
import sys

seed, lo, hi, want = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
rng = random.Random(seed)


def happy(n):
    seen = set()
    while n != 1 and n not in seen:
        seen.add(n)
        n = sum(int(d) ** 2 for d in str(n))
    return n == 1


while True:
    n = rng.randint(lo, hi)
    if happy(n) == (want == "happy"):
        break
print(json.dumps({"n": n}))
