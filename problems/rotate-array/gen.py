"""Generates rotate inputs: python3 gen.py SEED N K.

nums holds N values spread over the whole 32-bit range; K < 0 draws k in 0..10^5.
"""
import json
import random
import sys

seed, n, k = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
rng = random.Random(seed)
nums = [rng.randint(-2**31, 2**31 - 1) for _ in range(n)]
if k < 0:
    k = rng.randint(0, 10**5)
print(json.dumps({"nums": nums, "k": k}))
