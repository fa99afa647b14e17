"""Large lease-lock-fencing call sequences: python3 gen.py SEED CALLS CLIENTS MAXTTL STEP.

Clients compete for the lock; times advance by 0..STEP per call and leases last 1..MAXTTL, so
leases expire, are renewed just before or at their end, and are taken over. Writes mostly use the
writer's own latest token, and also stale tokens, other clients' tokens and tokens never issued.
The generator follows the lock's state only to pick plausible arguments.
Prints {"calls": [...], "args": [...]}.
"""
import json
import random
import sys

seed, n, nc, maxttl, step = (int(x) for x in sys.argv[1:6])
rng = random.Random(seed)
ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"
clients = sorted({"".join(rng.choice(ALNUM) for _ in range(rng.randint(1, 20))) for _ in range(nc)})
calls, args = ["LockService"], [[]]
t = 0
holder, expires, issued = None, 0, []   # issued[k] = client of token k + 1
mine = {}                               # client -> its tokens
while len(calls) <= n:
    t = min(10**9, t + rng.choice((0, 0, 1, rng.randint(0, step))))
    held = holder is not None and t < expires
    r = rng.random()
    if r < 0.25:
        c = holder if held and rng.random() < 0.2 else rng.choice(clients)
        ttl = rng.randint(1, maxttl)
        calls.append("acquire")
        args.append([c, t, ttl])
        if not held:
            holder, expires = c, t + ttl
            issued.append(c)
            mine.setdefault(c, []).append(len(issued))
    elif r < 0.4:
        c = holder if holder and rng.random() < 0.8 else rng.choice(clients)
        ttl = rng.randint(1, maxttl)
        calls.append("renew")
        args.append([c, t, ttl])
        if held and c == holder:
            expires = t + ttl
    elif r < 0.5:
        c = holder if holder and rng.random() < 0.8 else rng.choice(clients)
        calls.append("release")
        args.append([c, t])
        if held and c == holder:
            holder = None
    elif r < 0.9:
        q = rng.random()
        if q < 0.85 and mine:
            c = rng.choice(list(mine)) if rng.random() < 0.5 or holder is None else holder
            toks = mine[c]
            tok = toks[-1] if rng.random() < 0.7 else rng.choice(toks)
        elif q < 0.95 and issued:
            c, tok = rng.choice(clients), rng.randint(1, len(issued))
        else:
            c, tok = rng.choice(clients), rng.choice((-1, 0, len(issued) + 1, 10**9))
        calls.append("write")
        args.append([c, tok, t])
    else:
        calls.append("getHolder")
        args.append([t])
print(json.dumps({"calls": calls, "args": args}))
