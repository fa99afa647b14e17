"""Large conditional-write-table call sequences: python3 gen.py SEED CALLS MODE.

MODE: one-partition (half the calls put distinct sort keys into one partition, all carrying the
same tag; then range queries and index queries alternate: the worst case for sorting or scanning
per query) | random (all methods over many partitions, few values so that "equals" conditions
often hold) | small (three partitions, sort keys -3..5, values 0..4, for short tests).
Prints {"calls", "args"}.
"""
import json
import random
import sys

seed, total, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"
BIG = 10**9


def word(chars, lo=1, hi=10):
    return "".join(rng.choice(chars) for _ in range(rng.randint(lo, hi)))


calls, args = ["ConditionalTable"], [[]]
if mode == "one-partition":
    pk = word(ALNUM)
    sks = rng.sample(range(-BIG, BIG + 1), total // 2)
    for sk in sks:
        calls.append("put")
        args.append([pk, sk, rng.randint(0, BIG), "hot", "always", 0])
    while len(calls) < total:
        if len(calls) % 2:
            calls.append("query")
            args.append([pk, rng.randint(-BIG, -BIG // 2), rng.randint(0, BIG), rng.randint(1, 10)])
        else:
            calls.append("queryIndex")
            args.append(["hot", rng.randint(1, 10)])
else:
    if mode == "random":
        pks = [word(ALNUM) for _ in range(200)]
        sk_range, values, tags = (-1000, 1000), 50, ["", "", "red", "green", "blue", "x"]
    else:
        pks = [word(ALNUM, 1, 2) for _ in range(3)]
        sk_range, values, tags = (-3, 5), 4, ["", "a", "b"]
    while len(calls) < total:
        r = rng.random()
        pk, sk = rng.choice(pks), rng.randint(*sk_range)
        if r < 0.45:
            cond = rng.choice(("always", "absent", "equals", "equals"))
            calls.append("put")
            args.append([pk, sk, rng.randint(0, values), rng.choice(tags), cond,
                         rng.randint(0, values) if cond == "equals" else 0])
        elif r < 0.55:
            calls.append("delete")
            args.append([pk, sk])
        elif r < 0.7:
            calls.append("get")
            args.append([pk, sk])
        elif r < 0.88:
            lo = rng.randint(*sk_range)
            calls.append("query")
            args.append([pk, lo, lo + rng.randint(-2, sk_range[1] - sk_range[0]), rng.randint(1, 8)])
        else:
            calls.append("queryIndex")
            args.append([rng.choice([t for t in tags if t]), rng.randint(1, 8)])
print(json.dumps({"calls": calls, "args": args}))
