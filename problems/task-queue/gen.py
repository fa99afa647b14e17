"""Random calls to TaskQueue using the methods up to a level.

python3 gen.py SEED LEVEL CALLS IDS
Few ids and priorities (ties), short leases and delays that run out between calls and at the
same time, a small receive limit, and redrives of the dead-letter queue."""
import json
import random
import sys

seed, level, calls, ids = (int(a) for a in sys.argv[1:5])
rng = random.Random(seed)
IDS = ["t%d" % i for i in range(ids)]

methods = [("enqueue", 5), ("dequeue", 2), ("size", 1)]
if level >= 2:
    methods += [("receive", 5), ("ack", 3)]
if level >= 3:
    methods += [("nack", 2), ("deadLetters", 1), ("setMaxReceives", 0)]
if level >= 4:
    methods += [("redrive", 1), ("status", 2)]
names = [m for m, w in methods for _ in range(w)]

out_calls, out_args = ["TaskQueue"], [[]]
t = 0
if level >= 3:
    t += 1
    out_calls.append("setMaxReceives")
    out_args.append([t, rng.randint(1, 3)])
for _ in range(calls - len(out_calls) + 1):
    t += rng.randint(1, 2)
    m = rng.choice(names)
    tid = rng.choice(IDS)
    args = {
        "enqueue": [t, tid, rng.randint(-2, 2)],
        "dequeue": [t],
        "size": [t],
        "receive": [t, rng.randint(1, 8)],
        "ack": [t, tid],
        "nack": [t, tid, rng.choice([0, 0, 1, 3, 6])],
        "deadLetters": [t],
        "redrive": [t],
        "status": [t, tid],
    }[m]
    out_calls.append(m)
    out_args.append(args)
print(json.dumps({"calls": out_calls, "args": out_args}))
