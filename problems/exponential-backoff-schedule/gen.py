"""Large exponential-backoff-schedule inputs: python3 gen.py SEED Q MAXATT MODE.

Q policies of 1..MAXATT attempts each (sum of attempts at most 2 * 10^5). MODE `random`: any
base, factor and cap; `huge`: factor 10 and 100 attempts, so base * factor^(i-1) goes far past
64 bits before the cap applies; seeds include 0 and 2^64 - 1.
"""
import random
import sys

seed, q, maxatt, mode = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
rng = random.Random(seed)
lines = [str(q)]
for k in range(q):
    s = rng.choice([0, 2**64 - 1, rng.randrange(2**64), rng.randrange(2**64)])
    if mode == "huge":
        base, factor, cap, att = rng.randint(1, 10**9), 10, 10**9, maxatt
    else:
        base, factor = rng.randint(1, 10**9), rng.randint(1, 10)
        cap, att = rng.randint(1, 10**9), rng.randint(1, maxatt)
    lines.append("%d %d %d %d %d" % (base, factor, cap, att, s))
print("\n".join(lines))
