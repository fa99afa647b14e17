"""Random calls to Bank using the methods up to a level.

python3 gen.py SEED LEVEL CALLS ACCOUNTS
Few account ids (some never created), amounts close to the balances so that transfers and
payments sometimes fail, equal outgoing totals for the tie-break, payments due between calls and
at the same time, merges of accounts with pending payments, and balance queries of the past."""
import json
import random
import sys

seed, level, calls, accounts = (int(a) for a in sys.argv[1:5])
rng = random.Random(seed)
IDS = ["a%d" % i for i in range(accounts)] + ["nobody"]

methods = [("createAccount", 2), ("deposit", 4), ("transfer", 5)]
if level >= 2:
    methods += [("topSpenders", 2)]
if level >= 3:
    methods += [("schedulePayment", 4), ("cancelPayment", 2)]
if level >= 4:
    methods += [("mergeAccounts", 1), ("getBalance", 3)]
names = [m for m, w in methods for _ in range(w)]

out_calls, out_args = ["Bank"], [[]]
t = 0
scheduled = 0
for _ in range(calls):
    t += rng.randint(1, 4)
    m = rng.choice(names)
    a, b = rng.choice(IDS), rng.choice(IDS)
    amount = rng.choice([10, 20, 50, 100, 200, 500, 1000])
    if m == "createAccount":
        args = [t, a]
    elif m == "deposit":
        args = [t, a, amount]
    elif m == "transfer":
        args = [t, a, b, amount]
    elif m == "topSpenders":
        args = [t, rng.randint(1, accounts + 2)]
    elif m == "schedulePayment":
        scheduled += 1
        args = [t, a, amount, rng.choice([1, 2, 4, 8, 20])]
    elif m == "cancelPayment":
        args = [t, a, "payment%d" % rng.randint(1, max(1, scheduled))]
    elif m == "mergeAccounts":
        args = [t, a, b]
    else:
        args = [t, a, rng.randint(1, t)]
    out_calls.append(m)
    out_args.append(args)
print(json.dumps({"calls": out_calls, "args": out_args}))
