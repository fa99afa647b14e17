"""Inputs for cron-job-scheduler: python3 gen.py SEED CALLS MAXJOBS NEXTRUNS RARE.

CALLS calls in all (after the constructor): addJob (some ids already taken), removeJob (some ids
absent), nextRun (some ids absent) and NEXTRUNS nextRuns calls (k up to 20), with at most MAXJOBS
jobs at once. A job's expression is rare (matching a few days a year or fewer: a fixed day of a
fixed month, often with a fixed weekday) with probability RARE percent, so that stepping minute
by minute to the next run walks up to years of minutes. `after` ranges over [0, 10^12].
"""
import random
import sys

seed, calls, maxjobs, nextruns, rare = map(int, sys.argv[1:6])
rng = random.Random(seed)
RANGES = [(0, 59), (0, 23), (1, 30), (1, 12), (0, 6)]


def item(lo, hi):
    r = rng.random()
    if r < 0.3:
        return str(rng.randint(lo, hi))
    if r < 0.55:
        a = rng.randint(lo, hi)
        return "%d-%d" % (a, rng.randint(a, hi))
    if r < 0.8:
        return "*/%d" % rng.randint(1, hi - lo + 1)
    return "*"


def field(lo, hi):
    if rng.random() < 0.25:
        return ",".join(item(lo, hi) for _ in range(rng.randint(2, 3)))
    return item(lo, hi)


def expression():
    if rng.randrange(100) < rare:
        m = "%d" % rng.randint(0, 59) if rng.random() < 0.7 else field(0, 59)
        h = "%d" % rng.randint(0, 23)
        dom = "%d" % rng.randint(1, 30)
        mon = "%d" % rng.randint(1, 12)
        dow = "%d" % rng.randint(0, 6) if rng.random() < 0.7 else "*"
        return " ".join([m, h, dom, mon, dow])
    return " ".join(field(lo, hi) for lo, hi in RANGES)


def after():
    r = rng.random()
    if r < 0.4:
        return rng.randint(0, 10**12)
    if r < 0.7:
        return rng.randint(0, 10**7)
    # Near a day, month or year boundary.
    unit = rng.choice([60, 1440, 1440 * 30, 1440 * 360])
    return max(0, min(10**12, rng.randint(0, 10**12 // unit) * unit + rng.randint(-2, 1)))


names = ["CronScheduler"]
args = [[]]
live = []
used = []
left_nextruns = nextruns
for i in range(calls):
    r = rng.random()
    remaining = calls - i
    if left_nextruns and rng.random() < left_nextruns / remaining:
        left_nextruns -= 1
        names.append("nextRuns")
        args.append([after(), rng.randint(1, 20)])
    elif r < 0.12 and len(live) < maxjobs or not live:
        if used and rng.random() < 0.1:
            jid = rng.choice(used)
        else:
            jid = rng.randint(1, 10**9)
        names.append("addJob")
        args.append([jid, expression()])
        if jid not in live:
            live.append(jid)
            used.append(jid)
    elif r < 0.17:
        jid = rng.choice(live) if rng.random() < 0.8 else rng.randint(1, 10**9)
        names.append("removeJob")
        args.append([jid])
        if jid in live:
            live.remove(jid)
    else:
        jid = rng.choice(live) if rng.random() < 0.95 else rng.randint(1, 10**9)
        names.append("nextRun")
        args.append([jid, after()])
import json
print(json.dumps({"calls": names, "args": args}))
