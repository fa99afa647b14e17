"""Generates palindromic-substrings inputs: python3 gen.py SEED N MODE.

MODE: `same` (one letter repeated: all n(n+1)/2 substrings are palindromes, the worst case for
checking every substring), `two` (random over "ab"), `random` (random lowercase letters),
`alternate` ("abab..."), `blocks` (runs of equal letters of random lengths).
"""
import json
import random
import string
import sys

seed, n, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
if mode == "same":
    s = rng.choice(string.ascii_lowercase) * n
elif mode == "two":
    s = "".join(rng.choice("ab") for _ in range(n))
elif mode == "alternate":
    s = "".join("ab"[i % 2] for i in range(n))
elif mode == "blocks":
    parts = []
    while sum(map(len, parts)) < n:
        parts.append(rng.choice("xyz") * rng.randint(1, 40))
    s = "".join(parts)[:n]
else:
    s = "".join(rng.choice(string.ascii_lowercase) for _ in range(n))
print(json.dumps({"s": s}))
