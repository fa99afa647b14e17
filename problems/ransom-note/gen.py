"""Generates ransom-note inputs: python3 gen.py SEED NOTE MAG MODE.

MODE: enough (the magazine contains the note's letters plus random extras, shuffled),
short-one (like enough, but one letter of the note is one copy short), random.
"""
import json
import random
import string
import sys

seed, ln, lm, mode = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
rng = random.Random(seed)
L = string.ascii_lowercase
note = [rng.choice(L) for _ in range(ln)]
if mode == "random":
    mag = [rng.choice(L) for _ in range(lm)]
else:
    mag = note[:] + [rng.choice(L) for _ in range(lm - ln)]
    if mode == "short-one":
        c = rng.choice(note)
        need = note.count(c)
        mag = [x for x in mag if x != c] + [c] * (need - 1)
        while len(mag) < lm:
            x = rng.choice(L)
            if x != c:
                mag.append(x)
    rng.shuffle(mag)
print(json.dumps({"ransomNote": "".join(note), "magazine": "".join(mag)}))
