"""Large metric-alarm call sequences: python3 gen.py SEED CALLS M N TREAT DENSITY BREACH GAP.

Walks through the periods one after another: a period gets data with probability DENSITY (one to
three datapoints), then the state is asked. A datapoint is over the threshold with probability
BREACH in quiet phases and 1 - BREACH in bad ones; phases alternate every N/3 to N periods, so the
alarm keeps changing state. Every
GAP-th period or so the walk jumps ahead by up to 3N periods, so whole windows are empty.
Prints {"calls": [...], "args": [...]}.
"""
import json
import random
import sys

seed, calls_n, m, n = (int(x) for x in sys.argv[1:5])
treat = sys.argv[5]
density, breach, gap = float(sys.argv[6]), float(sys.argv[7]), int(sys.argv[8])
rng = random.Random(seed)
threshold = rng.randint(-1000, 1000)
calls, args = ["MetricAlarm"], [[threshold, m, n, treat]]
p = rng.randint(0, 5)
phase_end, bad = p + rng.randint(max(1, n // 3), n), False
while len(calls) <= calls_n:
    if p >= phase_end:
        phase_end, bad = p + rng.randint(max(1, n // 3), n), not bad
    rate = 1 - breach if bad else breach
    if rng.random() < density:
        for _ in range(rng.choice((1, 1, 1, 2, 3))):
            if rng.random() < rate:
                v = threshold + rng.choice((1, 1, 2, 50, 10**9 - threshold))
            else:
                v = threshold - rng.choice((0, 0, 1, 50, 10**9 + threshold))
            calls.append("putMetric")
            args.append([p, v])
    calls.append("getState")
    args.append([p])
    p += 1
    if gap and rng.randint(1, gap) == 1:
        p += rng.randint(0, 3 * n)
    p = min(p, 10**9)
calls, args = calls[:calls_n + 1], args[:calls_n + 1]
print(json.dumps({"calls": calls, "args": args}))
