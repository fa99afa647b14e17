"""Generates find-the-duplicate-number inputs: python3 gen.py SEED N COPIES ORDER.

1..N once each, then COPIES - 1 extra copies of one random value d replacing other values (and one
more copy added so the list has N + 1 entries). ORDER: shuffled, or last (the two copies of d are
the last two entries: worst case for comparing every pair).
"""
import json
import random
import sys

seed, n, copies, order = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
rng = random.Random(seed)
d = rng.randint(1, n)
others = [x for x in range(1, n + 1) if x != d]
rng.shuffle(others)
# Keep n + 1 - copies other values, then add `copies` copies of d.
a = others[:n + 1 - copies] + [d] * copies
if order == "shuffled":
    rng.shuffle(a)
elif order == "last":
    rest = others[:n + 1 - copies]
    a = rest + [d] * copies
else:
    raise SystemExit("unknown order " + order)
print(json.dumps({"nums": a}, separators=(",", ":")))
