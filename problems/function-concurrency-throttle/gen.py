"""Large function-concurrency-throttle call sequences: python3 gen.py SEED CALLS FUNCTIONS LIMIT MODE.

MODE: busy (long executions, most invocations run, so tens of thousands run at once) |
churn (short executions ending exactly when others start, reservations changing often) |
reserved (most of the account reserved; reservations set, shrunk and removed while running).
Prints {"calls": [...], "args": [...]}.
"""
import json
import random
import sys

seed, n, nf, limit, mode = (int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]),
                            sys.argv[5])
rng = random.Random(seed)
ALPHA = "abcdefghijklmnopqrstuvwxyz0123456789-"
names = set()
while len(names) < nf:
    names.add("".join(rng.choice(ALPHA) for _ in range(rng.randint(1, 20))))
names = sorted(names)
calls, args = ["FunctionThrottler"], [[limit]]
t = 0
reserve_p = {"busy": 0.0005, "churn": 0.02, "reserved": 0.01}[mode]
while len(calls) <= n:
    r = rng.random()
    f = rng.choice(names)
    if r < reserve_p:
        if rng.random() < 0.25:
            calls.append("setReserved")
            args.append([f, -1])
        else:
            top = limit if mode == "reserved" else max(1, limit // max(1, nf // 4))
            calls.append("setReserved")
            args.append([f, rng.randint(0, top)])
        continue
    if mode == "busy":
        t += rng.choice((0, 0, 1, 1, 2))
        d = rng.randint(10**6, 10**9)
    elif mode == "churn":
        t += rng.choice((0, 1, 5))
        d = rng.choice((1, 5, 10, 5 * rng.randint(1, 40)))
    else:
        t += rng.choice((0, 1, 3, 7))
        d = rng.randint(1, 3000)
    t = min(t, 10**9)
    if r < 0.1:
        calls.append("getRunning")
        args.append([f, t])
    else:
        calls.append("invoke")
        args.append([f, t, d])
print(json.dumps({"calls": calls, "args": args}))
