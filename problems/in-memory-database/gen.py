"""Random calls to InMemoryDB using the methods up to a level.

python3 gen.py SEED LEVEL CALLS KEYS
Few keys, fields and values, so that writes collide, compare-and-set often matches, prefixes
share fields, fields expire between calls and restores bring old states back."""
import json
import random
import sys

seed, level, calls, keys = (int(a) for a in sys.argv[1:5])
rng = random.Random(seed)
KEYS = ["k%d" % i for i in range(keys)]
FIELDS = ["a", "a1", "a10", "a9", "ab", "b", "b2", "ba", "c", "cc", "z"]
VALUES = ["v%d" % i for i in range(4)] + ["9", "x"]
PREFIXES = ["", "a", "a1", "b", "c", "z", "q"]

methods = [("set", 4), ("get", 4), ("compareAndSet", 2), ("delete", 2)]
if level >= 2:
    methods += [("scan", 2), ("scanByPrefix", 2)]
if level >= 3:
    methods += [("setWithTtl", 4), ("compareAndSetWithTtl", 2)]
if level >= 4:
    methods += [("backup", 1), ("restore", 1)]
names = [m for m, w in methods for _ in range(w)]

out_calls, out_args = ["InMemoryDB"], [[]]
t = 0
backups = []
for _ in range(calls):
    t += rng.randint(1, 3)
    m = rng.choice(names)
    if m == "restore" and not backups:
        m = "backup"
    k, f = rng.choice(KEYS), rng.choice(FIELDS)
    v, e = rng.choice(VALUES), rng.choice(VALUES)
    ttl = rng.randint(1, 25)
    args = {
        "set": [t, k, f, v],
        "get": [t, k, f],
        "compareAndSet": [t, k, f, e, v],
        "delete": [t, k, f],
        "scan": [t, k],
        "scanByPrefix": [t, k, rng.choice(PREFIXES)],
        "setWithTtl": [t, k, f, v, ttl],
        "compareAndSetWithTtl": [t, k, f, e, v, ttl],
        "backup": [t],
        "restore": [t, rng.randint(backups[0], t - 1) if backups else 0],
    }[m]
    if m == "backup":
        backups.append(t)
    out_calls.append(m)
    out_args.append(args)
print(json.dumps({"calls": out_calls, "args": out_args}))
