"""Generates longest-common-prefix inputs: python3 gen.py SEED COUNT PREFIX MODE.

COUNT strings of up to 200 letters sharing a random prefix of length PREFIX.
MODE: tails (each string continues with random letters, at least one differs right after the
prefix), exact (one of the strings is exactly the prefix), lastdiff (all strings equal except the
last one, which differs right after the prefix).
"""
import json
import random
import string
import sys

seed, count, plen, mode = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
rng = random.Random(seed)
L = string.ascii_lowercase
prefix = "".join(rng.choice(L) for _ in range(plen))


def tail(first):
    length = rng.randint(0, 200 - plen)
    if length == 0:
        return ""
    return first + "".join(rng.choice(L) for _ in range(length - 1))


if mode == "lastdiff":
    common = prefix + "a" + "".join(rng.choice(L) for _ in range(200 - plen - 1))
    strs = [common] * (count - 1) + [prefix + "b" + "a" * (200 - plen - 1)]
    strs = [s[:200] for s in strs]
else:
    firsts = [rng.choice(L) for _ in range(count)]
    firsts[rng.randrange(count)] = "a"
    firsts[rng.randrange(count)] = "b"
    strs = [prefix + tail(f) for f in firsts]
    # make sure the prefix is not longer than intended: two strings differ right after it
    i, j = rng.sample(range(count), 2)
    strs[i] = (prefix + "y" + strs[i][plen + 1:])[:200]
    strs[j] = (prefix + "z" + strs[j][plen + 1:])[:200]
    if mode == "exact":
        k = next(k for k in range(count) if k not in (i, j))
        strs[k] = prefix
print(json.dumps({"strs": strs}))
