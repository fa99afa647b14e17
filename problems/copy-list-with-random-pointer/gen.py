"""Generates copyRandomList inputs: python3 gen.py SEED N SPREAD.

N nodes with values drawn from SPREAD consecutive values around 0 (so small spreads repeat
values); each random pointer is null (one in ten) or any node.
"""
import json
import random
import sys

seed, n, spread = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
rng = random.Random(seed)
lo = max(-10**4, -(spread // 2))
head = []
for _ in range(n):
    r = None if rng.random() < 0.1 else rng.randrange(n)
    head.append([rng.randint(lo, min(10**4, lo + spread - 1)), r])
print(json.dumps({"head": head}))
