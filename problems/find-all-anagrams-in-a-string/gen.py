"""Generates find-all-anagrams-in-a-string inputs: python3 gen.py SEED N M ALPHABET MODE.

s has N letters, p has M, from the first ALPHABET letters.
MODE:
  random    both random (few or no matches unless the alphabet is tiny)
  periodic  s repeats a shuffled copy of p, so every position is a match
  nearmiss  s repeats a copy of p with one letter changed: no window matches, all are close
  planted   random s with several shuffled copies of p pasted in
"""
import json
import random
import string
import sys

seed, n, m, a, mode = (int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]),
                       sys.argv[5])
rng = random.Random(seed)
alpha = string.ascii_lowercase[:a]
p = [rng.choice(alpha) for _ in range(m)]
if mode == "random":
    s = [rng.choice(alpha) for _ in range(n)]
elif mode in ("periodic", "nearmiss"):
    piece = p[:]
    rng.shuffle(piece)
    if mode == "nearmiss":
        k = rng.randrange(m)
        piece[k] = next(c for c in p + list(alpha) if c != piece[k])
    s = [piece[i % m] for i in range(n)]
elif mode == "planted":
    s = [rng.choice(alpha) for _ in range(n)]
    for _ in range(max(1, n // (4 * m))):
        at = rng.randint(0, n - m)
        piece = p[:]
        rng.shuffle(piece)
        s[at:at + m] = piece
else:
    raise SystemExit("unknown mode " + mode)
print(json.dumps({"s": "".join(s), "p": "".join(p)}))
