"""Large event-sourced-ledger call sequences: python3 gen.py SEED CALLS SNAPSHOT_EVERY MODE.

MODE: history (the first half of the calls append events, the second half asks balanceAt at random
versions, most of them late: the worst case for replaying the log from the start) | mixed (events
and queries interleaved, with stale expected versions, overdrafts, self-transfers and versions
beyond the end). Prints {"calls", "args"}.
"""
import json
import random
import sys

seed, total, every, mode = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
rng = random.Random(seed)
accounts = ["acc%d" % i for i in range(rng.choice([50, 500, 3000]))]
hot = accounts[:5]
calls, args = ["Ledger"], [[every]]
version = 0
balance = {}


def account():
    return rng.choice(hot) if rng.random() < 0.3 else rng.choice(accounts)


def expected():
    r = rng.random()
    if r < 0.6:
        return -1
    if r < 0.9:
        return version
    return rng.choice([max(0, version - rng.randint(1, 3)), version + 1])


def event():
    global version
    r = rng.random()
    a, e = account(), expected()
    ok = e in (-1, version)
    if r < 0.45:
        amount = rng.choice([rng.randint(1, 1000), rng.randint(1, 10**9), 10**9])
        calls.append("deposit")
        args.append([a, amount, e])
        delta = [(a, amount)]
    elif r < 0.7:
        have = balance.get(a, 0)
        amount = rng.choice([max(1, have), max(1, have // 2), have + 1, rng.randint(1, 10**9)])
        amount = min(amount, 10**9)
        calls.append("withdraw")
        args.append([a, amount, e])
        ok = ok and have >= amount
        delta = [(a, -amount)]
    else:
        b = account() if rng.random() < 0.95 else a
        have = balance.get(a, 0)
        amount = min(10**9, rng.choice([max(1, have), max(1, have // 3), have + 1, rng.randint(1, 1000)]))
        calls.append("transfer")
        args.append([a, b, amount, e])
        ok = ok and a != b and have >= amount
        delta = [(a, -amount), (b, amount)]
    if ok:
        version += 1
        for x, d in delta:
            balance[x] = balance.get(x, 0) + d


def query():
    r = rng.random()
    if r < 0.05:
        calls.append("latestSnapshot")
        args.append([])
        return
    if r < 0.08:
        v = version + rng.randint(1, 5)
    elif mode == "history":
        v = version - rng.randint(0, min(version, 2000)) if rng.random() < 0.8 else rng.randint(0, version)
    else:
        v = rng.randint(0, version)
    calls.append("balanceAt")
    args.append([account() if rng.random() < 0.97 else "nobody", v])


if mode == "history":
    while len(calls) <= total // 2:
        event()
    while len(calls) <= total:
        query()
else:
    while len(calls) <= total:
        event() if rng.random() < 0.5 else query()
print(json.dumps({"calls": calls, "args": args}))
