"""Large token-bucket-rate-limiter call sequences: python3 gen.py SEED CALLS CLIENTS CAP RATE MODE.

MODE: bursty (requests come in bursts of the same client and timestamp, then quiet gaps) |
steady (requests spread evenly; the interesting case is a refill landing exactly on a token) |
huge (large gaps, so refills need 64 bits). Prints {"calls": [...], "args": [...]}.
"""
import json
import random
import sys

seed, calls_n, clients_n, cap, rate, mode = (
    int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]),
    sys.argv[6])
rng = random.Random(seed)
ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"
clients = list({"".join(rng.choice(ALNUM) for _ in range(rng.randint(1, 20)))
                for _ in range(clients_n)})
calls, args = ["RateLimiter"], [[cap, rate]]
t = 0
while len(calls) <= calls_n:
    if mode == "bursty":
        t += rng.choice((0, 0, 0, 1, 7, 250, 1000))
        c = rng.choice(clients[:3]) if rng.random() < 0.7 else rng.choice(clients)
        burst = rng.randint(1, 6)
    elif mode == "huge":
        t += rng.randint(0, 10**9 // calls_n * 2)
        c, burst = rng.choice(clients), rng.randint(1, 3)
    else:
        t += rng.randint(0, 4)
        c, burst = rng.choice(clients), 1
    t = min(t, 10**9)
    for _ in range(burst):
        if len(calls) > calls_n:
            break
        calls.append("allow")
        args.append([c, t])
print(json.dumps({"calls": calls, "args": args}))
