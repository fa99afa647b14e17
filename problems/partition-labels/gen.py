"""Generates partition-labels inputs: python3 gen.py SEED N MODE.

MODE: `blocks` (the alphabet split into groups, each group's letters shuffled inside one block:
many pieces), `chained` (blocks whose letters reappear in the next block, so pieces merge),
`random` (random letters: usually one piece), `distinct` (no letter twice where possible).
"""
import json
import random
import string
import sys

seed, n, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
letters = list(string.ascii_lowercase)
rng.shuffle(letters)
if mode in ("blocks", "chained"):
    groups, i = [], 0
    while i < 26:
        k = rng.randint(1, 4)
        groups.append(letters[i:i + k])
        i += k
    sizes = [1] * len(groups)
    for _ in range(n - len(groups)):
        sizes[rng.randrange(len(groups))] += 1
    parts = []
    for g, size in zip(groups, sizes):
        block = [rng.choice(g) for _ in range(size)]
        parts.append(block)
    if mode == "chained":
        for a, b in zip(parts, parts[1:]):
            if rng.random() < 0.4 and len(b) > 1:
                b[rng.randrange(len(b))] = a[0]
    s = "".join("".join(p) for p in parts)[:n]
elif mode == "distinct":
    s = "".join(letters)[:n]
    s += "".join(rng.choice(letters) for _ in range(n - len(s)))
else:
    s = "".join(rng.choice(letters) for _ in range(n))
print(json.dumps({"s": s}))
