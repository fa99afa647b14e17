"""Generates removeNthFromEnd inputs: python3 gen.py SEED SIZE MODE.

MODE picks n: `head` (n = SIZE, the first node), `tail` (n = 1), `second` (n = SIZE - 1),
`random` (any valid n).
"""
import json
import random
import sys

seed, size, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
head = [rng.randint(0, 100) for _ in range(size)]
n = {"head": size, "tail": 1, "second": size - 1}.get(mode) or rng.randint(1, size)
print(json.dumps({"head": head, "n": n}))
