"""Generates firstBadVersion inputs: python3 gen.py SEED MIN_N: n in MIN_N..2^31-1, bad in 1..n."""
import json
import random
import sys

seed, min_n = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed)
n = rng.randint(min_n, 2**31 - 1) if min_n > 1 else rng.randint(1, 10**6)
print(json.dumps({"n": n, "bad": rng.randint(1, n)}))
