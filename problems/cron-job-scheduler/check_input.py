"""Input validator for cron-job-scheduler: exits 0 if the calls are valid, else prints why and exits 1."""
import json
import re
import sys


def fail(why):
    print(why)
    sys.exit(1)


RANGES = [(0, 59), (0, 23), (1, 30), (1, 12), (0, 6)]
NUM = r"(0|[1-9][0-9]*)"


def check_field(text, lo, hi):
    for item in text.split(","):
        if item == "*":
            continue
        m = re.fullmatch(r"\*/" + NUM, item)
        if m:
            if not 1 <= int(m.group(1)) <= hi - lo + 1:
                return "step out of range"
            continue
        m = re.fullmatch(NUM + "-" + NUM, item)
        if m:
            a, b = int(m.group(1)), int(m.group(2))
            if not lo <= a <= b <= hi:
                return "range %s out of order or bounds" % item
            continue
        m = re.fullmatch(NUM, item)
        if m and lo <= int(item) <= hi:
            continue
        return "bad item %r" % item
    return None


data = json.load(sys.stdin)
calls, args = data["calls"], data["args"]
if len(calls) != len(args) or not calls or calls[0] != "CronScheduler" or args[0] != []:
    fail("the first call must be CronScheduler()")
if not 1 <= len(calls) - 1 <= 10**4:
    fail("1 to 10^4 calls after the constructor")
jobs = set()
nextruns = 0
for i, (op, a) in enumerate(zip(calls[1:], args[1:]), start=1):
    if op == "addJob":
        if len(a) != 2 or not isinstance(a[1], str):
            fail("call %d: addJob(jobId, expression)" % i)
        jid, expr = a
        if len(expr) > 100:
            fail("call %d: expression longer than 100 characters" % i)
        fields = expr.split(" ")
        if len(fields) != 5:
            fail("call %d: an expression has five fields separated by single spaces" % i)
        for f, (lo, hi) in zip(fields, RANGES):
            why = check_field(f, lo, hi)
            if why:
                fail("call %d: %s" % (i, why))
        jobs.add(jid)
        if len(jobs) > 100:
            fail("call %d: more than 100 jobs at once" % i)
    elif op == "removeJob":
        if len(a) != 1:
            fail("call %d: removeJob(jobId)" % i)
        jid = a[0]
        jobs.discard(jid)
    elif op == "nextRun":
        if len(a) != 2:
            fail("call %d: nextRun(jobId, after)" % i)
        jid = a[0]
        if not isinstance(a[1], int) or not 0 <= a[1] <= 10**12:
            fail("call %d: after must be in [0, 10^12]" % i)
    elif op == "nextRuns":
        if len(a) != 2:
            fail("call %d: nextRuns(after, k)" % i)
        if not isinstance(a[0], int) or not 0 <= a[0] <= 10**12:
            fail("call %d: after must be in [0, 10^12]" % i)
        if not isinstance(a[1], int) or not 1 <= a[1] <= 20:
            fail("call %d: need 1 <= k <= 20" % i)
        nextruns += 1
        continue
    else:
        fail("call %d: unknown method %r" % (i, op))
    if not isinstance(jid, int) or isinstance(jid, bool) or not 1 <= jid <= 10**9:
        fail("call %d: jobId must be in [1, 10^9]" % i)
if nextruns > 200:
    fail("at most 200 nextRuns calls")
