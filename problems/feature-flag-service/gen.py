"""Random calls to FlagService using the methods up to a level.

python3 gen.py SEED LEVEL CALLS FLAGS
Few flag names sharing prefixes, few values, rollbacks to versions that exist and do not, and
rollouts evaluated for users on both sides of the percent."""
import json
import random
import sys

seed, level, calls, flags = (int(a) for a in sys.argv[1:5])
rng = random.Random(seed)
NAMES = ["%s%d" % (p, i) for p in ["ui.", "api.", "ui_"] for i in range(flags)]
VALUES = ["on", "off", "v1", "v2", "x"]
PREFIXES = ["", "ui", "ui.", "api.", "ui_1", "z"]
USERS = ["u%d" % i for i in range(30)] + ["ab", "zz", "alice", "bob"]

methods = [("setFlag", 5), ("getFlag", 3), ("deleteFlag", 2)]
if level >= 2:
    methods += [("listFlags", 2)]
if level >= 3:
    methods += [("getVersion", 2), ("rollback", 2)]
if level >= 4:
    methods += [("setRollout", 3), ("evaluate", 6)]
names = [m for m, w in methods for _ in range(w)]

out_calls, out_args = ["FlagService"], [[]]
t = 0
for _ in range(calls):
    t += rng.randint(1, 3)
    m = rng.choice(names)
    name = rng.choice(NAMES)
    args = {
        "setFlag": [t, name, rng.choice(VALUES)],
        "getFlag": [t, name],
        "deleteFlag": [t, name],
        "listFlags": [t, rng.choice(PREFIXES)],
        "getVersion": [t, name, rng.randint(1, 12)],
        "rollback": [t, name, rng.randint(1, 12)],
        "setRollout": [t, name, rng.choice(VALUES), rng.choice([0, 10, 50, 90, 100])],
        "evaluate": [t, name, rng.choice(USERS)],
    }[m]
    out_calls.append(m)
    out_args.append(args)
print(json.dumps({"calls": out_calls, "args": out_args}))
