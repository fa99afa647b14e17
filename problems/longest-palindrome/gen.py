"""Generates longest-palindrome inputs: python3 gen.py SEED N ALPHABET MODE.

MODE: random (letters from the first ALPHABET of a-zA-Z), even (every letter an even number of
times), odd (every letter an odd number of times).
"""
import json
import random
import string
import sys

seed, n, a, mode = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
rng = random.Random(seed)
alpha = (string.ascii_lowercase + string.ascii_uppercase)[:a]
if mode == "random":
    s = [rng.choice(alpha) for _ in range(n)]
elif mode == "even":
    half = [rng.choice(alpha) for _ in range(n // 2)]
    s = half + half
    rng.shuffle(s)
elif mode == "odd":
    half = [rng.choice(alpha) for _ in range((n - a) // 2)]
    s = half + half + list(alpha)
    rng.shuffle(s)
else:
    raise SystemExit("unknown mode " + mode)
print(json.dumps({"s": "".join(s)}))
