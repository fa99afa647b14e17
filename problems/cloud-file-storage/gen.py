"""Random calls to CloudStorage using the methods up to a level.

python3 gen.py SEED LEVEL CALLS USERS
Few names under a few folders (so names collide and prefixes share files), sizes with many ties,
capacities near what users use, and backups and restores between changes."""
import json
import random
import sys

seed, level, calls, users = (int(a) for a in sys.argv[1:5])
rng = random.Random(seed)
NAMES = ["/%s/%s" % (d, f) for d in ["a", "b", "ab"] for f in ["x", "y", "z.txt", "w_1", "v"]] + ["/r"]
PREFIXES = ["", "/", "/a", "/a/", "/ab/", "/b/x", "/c", "/r"]
USERS = ["u%d" % i for i in range(users)] + ["nobody"]
SIZES = [1, 5, 10, 10, 50, 100, 100, 250]

methods = [("addFile", 4), ("getFileSize", 2), ("deleteFile", 2)]
if level >= 2:
    methods += [("getLargestFiles", 2)]
if level >= 3:
    methods += [("addUser", 1), ("addFileBy", 6), ("updateCapacity", 1)]
if level >= 4:
    methods += [("backupUser", 1), ("restoreUser", 1)]
names = [m for m, w in methods for _ in range(w)]

out_calls, out_args = ["CloudStorage"], [[]]
t = 0
for _ in range(calls):
    t += rng.randint(1, 3)
    m = rng.choice(names)
    name, user = rng.choice(NAMES), rng.choice(USERS)
    args = {
        "addFile": [t, name, rng.choice(SIZES)],
        "getFileSize": [t, name],
        "deleteFile": [t, name],
        "getLargestFiles": [t, rng.choice(PREFIXES), rng.randint(1, 6)],
        "addUser": [t, user, rng.choice([0, 100, 300, 1000])],
        "addFileBy": [t, user, name, rng.choice(SIZES)],
        "updateCapacity": [t, user, rng.choice([0, 20, 100, 200, 500])],
        "backupUser": [t, user],
        "restoreUser": [t, user],
    }[m]
    out_calls.append(m)
    out_args.append(args)
print(json.dumps({"calls": out_calls, "args": out_args}))
