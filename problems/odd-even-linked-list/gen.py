"""Generates oddEvenList inputs: python3 gen.py SEED N VALUES.

VALUES: `random` (-10^6..10^6) or `parity-trap` (values whose parity never matches the node's
position, so grouping by value instead of position goes wrong).
"""
import json
import random
import sys

seed, n, values = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
if values == "random":
    head = [rng.randint(-10**6, 10**6) for _ in range(n)]
else:
    head = [2 * rng.randint(-499999, 499999) + (i % 2) for i in range(n)]  # position 1 is even
print(json.dumps({"head": head}))
