"""Input validator for metric-alarm: exits 0 if the calls are valid, else 1."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


def is_int(x):
    return isinstance(x, int) and not isinstance(x, bool)


data = json.load(sys.stdin)
calls, args = data["calls"], data["args"]
if len(calls) != len(args):
    fail("calls and args differ in length")
if not calls or calls[0] != "MetricAlarm" or len(args[0]) != 4:
    fail("the first call must be MetricAlarm(threshold, datapointsToAlarm, evaluationPeriods, treatMissing)")
thr, m, n, treat = args[0]
if not (is_int(thr) and -10**9 <= thr <= 10**9):
    fail("need -10^9 <= threshold <= 10^9")
if not (is_int(m) and is_int(n) and 1 <= m <= n <= 10**5):
    fail("need 1 <= datapointsToAlarm <= evaluationPeriods <= 10^5")
if treat not in ("missing", "breaching", "notBreaching", "ignore"):
    fail("treatMissing must be missing, breaching, notBreaching or ignore")
if len(calls) - 1 > 2 * 10**5:
    fail("at most 2 * 10^5 method calls")
last = 0
for i, (op, a) in enumerate(zip(calls[1:], args[1:]), start=1):
    if op == "putMetric":
        if len(a) != 2 or not (is_int(a[1]) and -10**9 <= a[1] <= 10**9):
            fail("call %d: putMetric(period, value) with -10^9 <= value <= 10^9" % i)
    elif op == "getState":
        if len(a) != 1:
            fail("call %d: getState(period)" % i)
    else:
        fail("call %d: unknown method %r" % (i, op))
    p = a[0]
    if not (is_int(p) and 0 <= p <= 10**9) or p < last:
        fail("call %d: periods are in [0, 10^9] and non-decreasing" % i)
    last = p
