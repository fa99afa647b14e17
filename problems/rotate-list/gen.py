"""Generates rotateRight inputs: python3 gen.py SEED N K.

K is a number (0..2*10^9), `multiple` (a large multiple of N, so nothing moves) or `random`
(large and random). Values are random in -100..100.
"""
import json
import random
import sys

seed, n, k = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
head = [rng.randint(-100, 100) for _ in range(n)]
if k == "multiple":
    k = (2 * 10**9 // max(n, 1)) * max(n, 1)
elif k == "random":
    k = rng.randint(10**9, 2 * 10**9)
print(json.dumps({"head": head, "k": int(k)}))
