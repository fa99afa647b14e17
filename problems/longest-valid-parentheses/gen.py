"""Generates longest-valid-parentheses inputs: python3 gen.py SEED N MODE.

MODE: random (fair coin), balanced (a random well-formed string with a few characters flipped),
open-heavy (60% '(' : long valid pieces hide behind unmatched '('), full (one well-formed string
of length N), nested (N/2 '(' then N/2 ')' with one extra '(' in front).
"""
import json
import random
import sys

seed, n, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)


def well_formed(length):
    out, open_ = [], 0
    remaining = length
    while remaining:
        if open_ and (open_ == remaining or rng.random() < 0.5):
            out.append(")")
            open_ -= 1
        else:
            out.append("(")
            open_ += 1
        remaining -= 1
    return out


if mode == "random":
    s = [rng.choice("()") for _ in range(n)]
elif mode == "balanced":
    s = well_formed(n - n % 2)
    for _ in range(5):
        i = rng.randrange(len(s))
        s[i] = "(" if s[i] == ")" else ")"
elif mode == "open-heavy":
    s = [("(" if rng.random() < 0.6 else ")") for _ in range(n)]
elif mode == "full":
    s = well_formed(n - n % 2)
elif mode == "nested":
    half = (n - 1) // 2
    s = ["("] + ["("] * half + [")"] * half
else:
    raise SystemExit("unknown mode " + mode)
print(json.dumps({"s": "".join(s)}))
