"""Generates valid-parenthesis-string inputs: python3 gen.py SEED N MODE.

MODE:
  `open-heavy`  K '(' then K - 1 wildcards, then one more '(' somewhere: false, and trying the
                three choices for every wildcard explores about 3^K branches.
  `balanced`    a random balanced string with some characters turned into wildcards (true).
  `random`      random characters.
  `stars`       wildcards with a few brackets (true unless a ')' comes first or a '(' last).
"""
import json
import random
import sys

seed, n, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
if mode == "open-heavy":
    k = n // 2
    s = "(" * k + "*" * (n - k)
    s = s[:n - 1] + "("
elif mode == "balanced":
    out, depth = [], 0
    for i in range(n):
        left = n - i
        if depth == left or (depth > 0 and rng.random() < 0.5):
            out.append(")")
            depth -= 1
        else:
            out.append("(")
            depth += 1
    s = "".join(c if rng.random() < 0.7 else "*" for c in out)
elif mode == "stars":
    s = "".join(rng.choice("*****()") for _ in range(n))
else:
    s = "".join(rng.choice("()*") for _ in range(n))
print(json.dumps({"s": s}))
