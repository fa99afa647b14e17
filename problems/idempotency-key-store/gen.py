"""Large idempotency-key-store call sequences: python3 gen.py SEED CALLS MODE.

MODE: count-heavy (half the calls start distinct keys within the first 12 hours, a few of them
completed; then countInProgress over and over while the keys expire one by one: the worst case for
counting by scanning every record) | random (all methods over a pool of keys with two or three
hashes each; time moves in steps of seconds to a full day, so records expire and restart) |
small (four keys, for short tests). Prints {"calls", "args"}.
"""
import json
import random
import sys

seed, total, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
HEX = "0123456789abcdef"
DAY = 86400


def word(chars, lo, hi):
    return "".join(rng.choice(chars) for _ in range(rng.randint(lo, hi)))


calls, args = ["IdempotencyStore"], [[]]
if mode == "count-heavy":
    keys = set()
    while len(keys) < total // 2:
        keys.add(word(ALNUM, 8, 20))
    keys = sorted(keys)
    rng.shuffle(keys)
    for i, k in enumerate(keys):
        t = i * (DAY // 2) // len(keys)
        if rng.random() < 0.05:
            calls.append("complete")
            args.append([rng.choice(keys[:i + 1]), word(HEX + "xyz", 1, 20), t])
        else:
            calls.append("process")
            args.append([k, word(HEX, 16, 16), t])
    start = DAY // 2
    rest = total - len(calls)
    for i in range(rest):
        calls.append("countInProgress")
        args.append([start + i * DAY // rest])
else:
    if mode == "random":
        pool = [word(ALNUM, 1, 20) for _ in range(400)]
        steps = (0, 0, 1, 2, 60, 3600)
        big = 0.002
    else:
        pool = ["k%d" % i for i in range(4)]
        steps = (0, 1, 600, 3600, 7200)
        big = 0.03
    hashes = {k: [word(HEX, 1, 16) for _ in range(rng.randint(2, 3))] for k in pool}
    t = 0
    while len(calls) < total:
        t += rng.choice((DAY - 1, DAY, DAY + 1)) if rng.random() < big else rng.choice(steps)
        t = min(t, 10**9)
        k = rng.choice(pool)
        r = rng.random()
        if r < 0.45:
            calls.append("process")
            args.append([k, rng.choice(hashes[k][:2] if rng.random() < 0.8 else hashes[k]), t])
        elif r < 0.7:
            calls.append("complete")
            args.append([k, word("abcdefghijklmnopqrstuvwxyz0123456789", 1, 20), t])
        elif r < 0.8:
            calls.append("release")
            args.append([k, t])
        else:
            calls.append("countInProgress")
            args.append([t])
print(json.dumps({"calls": calls, "args": args}))
