"""Generates large range-sum-queries inputs: python3 gen.py SEED N Q MAXABS MODE.

MODE `random` draws values and ranges uniformly; `full` makes every query `1 N`, which makes an
O(n*q) solution do n*q additions; `halves` and `near` put the values at (or within 1000 of) the
extremes, with random ranges, so sums need 64 bits.
"""
import random
import sys

seed, n, q, maxabs, mode = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
rng = random.Random(seed)
if mode == "halves":  # +MAXABS in the first half, -MAXABS in the second
    values = [maxabs] * (n // 2) + [-maxabs] * (n - n // 2)
elif mode == "near":  # every value within 1000 of +-MAXABS
    values = [rng.choice((1, -1)) * (maxabs - rng.randint(0, 1000)) for _ in range(n)]
else:
    values = [rng.randint(-maxabs, maxabs) for _ in range(n)]
out = ["%d %d" % (n, q), " ".join(map(str, values))]
for _ in range(q):
    if mode == "full":
        out.append("1 %d" % n)
    else:
        l = rng.randint(1, n)
        r = rng.randint(l, n)
        out.append("%d %d" % (l, r))
print("\n".join(out))
