"""Generates longest-repeating-character-replacement inputs: python3 gen.py SEED N K ALPHABET MODE.

MODE:
  random   N letters drawn from the first ALPHABET upper-case letters
  runs     runs of random lengths (1..50) of random letters from the alphabet
K is the number of allowed changes (an integer, or `n` for K = N).
"""
import json
import random
import string
import sys

seed, n, kk, a, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], int(sys.argv[4]), sys.argv[5]
rng = random.Random(seed)
alpha = string.ascii_uppercase[:a]
k = n if kk == "n" else int(kk)
if mode == "random":
    s = "".join(rng.choice(alpha) for _ in range(n))
elif mode == "runs":
    parts = []
    total = 0
    while total < n:
        length = min(rng.randint(1, 50), n - total)
        parts.append(rng.choice(alpha) * length)
        total += length
    s = "".join(parts)
else:
    raise SystemExit("unknown mode " + mode)
print(json.dumps({"s": s, "k": k}))
