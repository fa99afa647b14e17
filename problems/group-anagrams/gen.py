"""Large group-anagrams inputs: python3 gen.py SEED N MODE.

MODE `long`: words of 1..100 letters, about half of them rearrangements of earlier words; `short`:
words of 0..4 letters from `abc` (few big groups, empty strings included); `near-misses`: words
that differ from a base word by one letter's count (same letters, different counts).
"""
import json
import random
import sys

seed, n, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
letters = "abcdefghijklmnopqrstuvwxyz"


def shuffled(w):
    c = list(w)
    rng.shuffle(c)
    return "".join(c)


strs = []
if mode == "short":
    strs = ["".join(rng.choice("abc") for _ in range(rng.randint(0, 4))) for _ in range(n)]
elif mode == "near-misses":
    bases = ["".join(rng.choice("abcde") for _ in range(rng.randint(2, 28))) for _ in range(300)]
    for _ in range(n):
        w = rng.choice(bases)
        r = rng.random()
        if r < 0.3:
            w += w[rng.randrange(len(w))]          # one letter more
        elif r < 0.6:
            i = rng.randrange(len(w))
            w = w[:i] + w[i + 1:]                  # one letter less
        strs.append(shuffled(w))
else:
    for _ in range(n):
        if strs and rng.random() < 0.5:
            strs.append(shuffled(rng.choice(strs)))
        else:
            strs.append("".join(rng.choice(letters) for _ in range(rng.randint(1, 100))))
print(json.dumps({"strs": strs}, separators=(",", ":")))
