"""Large request-coalescing-cache call sequences: python3 gen.py SEED CALLS MODE.

MODE: scan (the first half of the calls fetch distinct keys under a long latency, the rest ask
inFlight: the worst case for counting fetches by looking at every key) | mixed (gets over a pool
of hot and cold keys with invalidations, inFlight and stats) | boundary (small latency and ttl,
times that land exactly on completions and expiries). Prints {"calls", "args"}.
"""
import json
import random
import sys

seed, total, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
LETTERS = "abcdefghijklmnopqrstuvwxyz0123456789"


def word():
    return "".join(rng.choice(LETTERS) for _ in range(rng.randint(1, 10)))


if mode == "scan":
    latency, ttl = 10**9, rng.randint(1, 10**9)
elif mode == "mixed":
    latency, ttl = rng.randint(5, 50), rng.randint(20, 500)
else:
    latency, ttl = 10, 20
calls, args = ["CoalescingCache"], [[latency, ttl]]
t = 0
if mode == "scan":
    keys = set()
    while len(keys) < total // 2:
        keys.add(word())
    keys = sorted(keys)
    rng.shuffle(keys)
    for k in keys:
        calls.append("get")
        args.append([k, t])
        t += rng.randint(0, 2)
    while len(calls) <= total:
        r = rng.random()
        if r < 0.9:
            calls.append("inFlight")
            args.append([t])
        elif r < 0.95:
            calls.append("get")
            args.append([rng.choice(keys), t])
        else:
            calls.append("stats")
            args.append([])
        t = min(10**9, t + rng.choice([0, 1, 1000, 10**4]))
else:
    pool = [word() for _ in range(2000 if mode == "mixed" else 6)]
    hot = pool[:20]
    while len(calls) <= total:
        if mode == "mixed":
            t += rng.choice([0, 0, 1, 1, 2, 5])
        else:
            t += rng.choice([0, 1, 5, 10, 20])
        r = rng.random()
        key = rng.choice(hot) if rng.random() < 0.5 else rng.choice(pool)
        if r < 0.7:
            calls.append("get")
            args.append([key, t])
        elif r < 0.8:
            calls.append("invalidate")
            args.append([key, t])
        elif r < 0.95:
            calls.append("inFlight")
            args.append([t])
        else:
            calls.append("stats")
            args.append([])
print(json.dumps({"calls": calls, "args": args}))
