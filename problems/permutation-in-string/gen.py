"""Generates permutation-in-string inputs: python3 gen.py SEED M N ALPHABET MODE.

s1 has M letters and s2 has N, drawn from the first ALPHABET letters.
MODE:
  end       a shuffled copy of s1 is planted at the very end of s2 (answer true)
  start     planted at the very start (answer true)
  nearmiss  s2 repeats a shuffled copy of s1 with one letter changed (answer false, and every
            window differs from s1 by one letter)
  random    s2 random (usually false)
"""
import json
import random
import string
import sys

seed, m, n, a, mode = (int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]),
                       sys.argv[5])
rng = random.Random(seed)
alpha = string.ascii_lowercase[:a]
s1 = [rng.choice(alpha) for _ in range(m)]


if mode in ("end", "start"):
    perm = s1[:]
    rng.shuffle(perm)
    rest = [rng.choice(alpha) for _ in range(n - m)]
    s2 = rest + perm if mode == "end" else perm + rest
elif mode == "nearmiss":
    # s2 repeats, with period M, a copy of s1 in which one letter was replaced by another letter
    # of s1. Every window of length M is a rotation of that copy: the same letters as s1 except
    # one, so the answer is false while every window is a near miss.
    piece = s1[:]
    rng.shuffle(piece)
    k = rng.randrange(m)
    piece[k] = next(c for c in s1 + list(alpha) if c != piece[k])
    s2 = [piece[i % m] for i in range(n)]
elif mode == "random":
    s2 = [rng.choice(alpha) for _ in range(n)]
else:
    raise SystemExit("unknown mode " + mode)
print(json.dumps({"s1": "".join(s1), "s2": "".join(s2)}))
