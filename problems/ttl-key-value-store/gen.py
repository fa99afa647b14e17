"""Large ttl-key-value-store call sequences: python3 gen.py SEED CALLS MODE.

MODE: count-heavy (half the calls set distinct keys with long lives, then countLive over and over:
the worst case for counting by looking at every key) | mixed (sets, gets and counts over a pool of
keys, short lives, replacements that shorten or extend a life). Prints {"calls", "args"}.
"""
import json
import random
import sys

seed, total, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def key():
    return "".join(rng.choice(CHARS) for _ in range(rng.randint(1, 10)))


calls, args = ["TTLStore"], [[]]
t = 0
if mode == "count-heavy":
    keys = set()
    while len(keys) < total // 2:
        keys.add(key())
    for k in keys:
        t += rng.randint(0, 2)
        calls.append("set")
        args.append([k, rng.randint(0, 10**9), rng.randint(10**8, 10**9), t])
    while len(calls) <= total:
        t += rng.randint(0, 10**5)
        calls.append("countLive")
        args.append([t])
else:
    pool = [key() for _ in range(300)]
    while len(calls) <= total:
        t = min(10**9, t + rng.choice((0, 0, 1, 3, 10)))
        r = rng.random()
        if r < 0.45:
            calls.append("set")
            args.append([rng.choice(pool), rng.randint(0, 10**9), rng.randint(1, 200), t])
        elif r < 0.75:
            calls.append("get")
            args.append([rng.choice(pool), t])
        else:
            calls.append("countLive")
            args.append([t])
print(json.dumps({"calls": calls, "args": args}))
