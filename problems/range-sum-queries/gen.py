"""Generates large range-sum-queries inputs: python3 gen.py SEED N Q MAXABS MODE.

MODE `random` draws ranges uniformly; `full` makes every query `1 N`, which makes an O(n*q)
solution do n*q additions.
"""
import random
import sys

seed, n, q, maxabs, mode = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
rng = random.Random(seed)
out = ["%d %d" % (n, q), " ".join(str(rng.randint(-maxabs, maxabs)) for _ in range(n))]
for _ in range(q):
    if mode == "full":
        out.append("1 %d" % n)
    else:
        l = rng.randint(1, n)
        r = rng.randint(l, n)
        out.append("%d %d" % (l, r))
print("\n".join(out))
