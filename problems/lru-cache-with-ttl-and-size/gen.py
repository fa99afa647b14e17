"""Large lru-cache-with-ttl-and-size call sequences: python3 gen.py SEED CALLS MODE.

MODE: many-live (a huge capacity, half the calls put distinct keys with long lives, then gets,
usedSize calls and a few puts: the worst case for scanning every entry per call) | evict-heavy
(a capacity of a few dozen typical entries, so most puts evict, with lives short enough that many
entries expire before they are evicted) | small (five keys, capacity 10, for short tests).
Prints {"calls", "args"}.
"""
import json
import random
import sys

seed, total, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
BIG = 10**9


def word():
    return "".join(rng.choice(ALNUM) for _ in range(rng.randint(1, 10)))


if mode == "many-live":
    cap = BIG
    keys = set()
    while len(keys) < total // 2:
        keys.add(word())
    keys = list(keys)
    calls, args = ["SizedTTLCache"], [[cap]]
    t = 0
    for k in keys:
        calls.append("put")
        args.append([k, rng.randint(0, BIG), rng.randint(1, 1000), rng.randint(BIG // 2, BIG), t])
    while len(calls) < total:
        t += rng.randint(0, 3)
        r = rng.random()
        if r < 0.6:
            calls.append("get")
            args.append([rng.choice(keys), t])
        elif r < 0.9:
            calls.append("usedSize")
            args.append([t])
        else:
            calls.append("put")
            args.append([rng.choice(keys), rng.randint(0, BIG), rng.randint(1, 1000), rng.randint(1, BIG), t])
else:
    if mode == "evict-heavy":
        cap = rng.randint(2000, 5000)
        pool = [word() for _ in range(3000)]
        max_size, max_ttl, steps = 200, 400, (0, 1, 1, 2)
    else:
        cap = 10
        pool = ["k%d" % i for i in range(5)]
        max_size, max_ttl, steps = 6, 8, (0, 1, 1, 2)
    calls, args = ["SizedTTLCache"], [[cap]]
    t = 0
    while len(calls) < total:
        t += rng.choice(steps)
        r = rng.random()
        if r < 0.45:
            size = rng.randint(1, max_size) if rng.random() < 0.97 else cap + rng.randint(0, 1)
            calls.append("put")
            args.append([rng.choice(pool), rng.randint(0, 99), size, rng.randint(1, max_ttl), t])
        elif r < 0.85:
            calls.append("get")
            args.append([rng.choice(pool), t])
        else:
            calls.append("usedSize")
            args.append([t])
print(json.dumps({"calls": calls, "args": args}))
