"""Random calls to TenantRateLimiter using the methods up to a level.

python3 gen.py SEED LEVEL CALLS TENANTS
Few tenants with small limits, bursts of requests inside a window, gaps of several windows,
plan changes in the middle of a window, and audits over ranges that cut through windows."""
import json
import random
import sys

seed, level, calls, tenants = (int(a) for a in sys.argv[1:5])
rng = random.Random(seed)
IDS = ["t%d" % i for i in range(tenants)] + ["ghost"]

methods = [("addTenant", 1), ("request", 12)]
if level >= 2:
    methods += [("topTenants", 1)]
if level >= 3:
    methods += [("setLimit", 1), ("setBurst", 1)]
if level >= 4:
    methods += [("audit", 2)]
names = [m for m, w in methods for _ in range(w)]

out_calls, out_args = ["TenantRateLimiter"], [[]]
t = 0
for i in range(calls):
    t += rng.choice([1, 1, 1, 2, 5, 30, 100]) if rng.random() < 0.9 else rng.randint(100, 400)
    m = "addTenant" if i < tenants else rng.choice(names)
    tid = IDS[i] if i < tenants else rng.choice(IDS)
    if m == "addTenant":
        args = [t, tid, rng.randint(0, 6)]
    elif m == "request":
        args = [t, tid]
    elif m == "topTenants":
        args = [t, rng.randint(1, tenants + 1)]
    elif m == "setLimit":
        args = [t, tid, rng.randint(0, 6)]
    elif m == "setBurst":
        args = [t, tid, rng.choice([0, 1, 3, 10, 50])]
    else:
        a = rng.randint(1, t)
        args = [t, tid, a, rng.randint(a, t)]
    out_calls.append(m)
    out_args.append(args)
print(json.dumps({"calls": out_calls, "args": out_args}))
