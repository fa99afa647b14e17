"""Large circuit-breaker call sequences: python3 gen.py SEED CALLS THRESHOLD COOLDOWN PROBES FAILRATE STEP.

Times advance by 0..STEP per call (small steps land exactly on the end of cool-downs); each
result is a failure with probability FAILRATE. Prints {"calls": [...], "args": [...]}.
"""
import json
import random
import sys

seed, n, thr, cool, probes = (int(x) for x in sys.argv[1:6])
rate, step = float(sys.argv[6]), int(sys.argv[7])
rng = random.Random(seed)
calls, args = ["CircuitBreaker"], [[thr, cool, probes]]
t = 0
while len(calls) <= n:
    t = min(10**9, t + rng.choice((0, 0, rng.randint(0, step))))
    r = rng.random()
    if r < 0.4:
        calls.append("allow")
        args.append([t])
    elif r < 0.9:
        calls.append("record")
        args.append([rng.random() >= rate, t])
    else:
        calls.append("getState")
        args.append([t])
print(json.dumps({"calls": calls, "args": args}))
