"""Large retry-budget call sequences: python3 gen.py SEED CALLS WINDOW PERCENT MIN MODE.

MODE: steady (requests, retries and counts mixed, with about one retry for every three requests,
so the budget is sometimes exhausted) | storm (calm stretches of requests alternate with retry
storms that exhaust the budget, and quiet gaps that let the window empty) | long-window (time
advances slowly under a long window, so every event stays in the window: the worst case for
recounting events on each call). Prints {"calls": [...], "args": [...]}.
"""
import json
import random
import sys

seed, n, window, percent, minimum, mode = (int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]),
                                           int(sys.argv[4]), int(sys.argv[5]), sys.argv[6])
rng = random.Random(seed)
calls, args = ["RetryBudget"], [[window, percent, minimum]]
t, storm = 0, False
while len(calls) < n:
    if mode == "storm":
        if rng.random() < 0.002:
            storm = not storm
            t += rng.choice((0, window // 2, 2 * window))
        t += rng.choice((0, 0, 0, 1))
        p_retry = 0.8 if storm else 0.1
    elif mode == "long-window":
        t += 1 if rng.random() < 0.01 else 0
        p_retry = 0.4
    else:
        t += rng.choice((0, 0, 1, 1, 2))
        p_retry = 0.3
    r = rng.random()
    op = "counts" if r < 0.1 else "retry" if r < 0.1 + 0.9 * p_retry else "request"
    calls.append(op)
    args.append([min(t, 10**9)])
print(json.dumps({"calls": calls, "args": args}))
