"""Input validator for circuit-breaker: exits 0 if the calls are valid, else 1."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


data = json.load(sys.stdin)
calls, args = data["calls"], data["args"]
if len(calls) != len(args):
    fail("calls and args differ in length")
if not calls or calls[0] != "CircuitBreaker" or len(args[0]) != 3:
    fail("the first call must be CircuitBreaker(failureThreshold, cooldown, probeLimit)")
f, c, p = args[0]
if not all(isinstance(x, int) for x in (f, c, p)):
    fail("constructor arguments are integers")
if not (1 <= f <= 1000 and 1 <= c <= 10**9 and 1 <= p <= 1000):
    fail("need 1 <= failureThreshold <= 1000, 1 <= cooldown <= 10^9, 1 <= probeLimit <= 1000")
if len(calls) - 1 > 2 * 10**5:
    fail("at most 2 * 10^5 method calls")
last = 0
for i, (op, a) in enumerate(zip(calls[1:], args[1:]), start=1):
    if op == "record":
        if len(a) != 2 or not isinstance(a[0], bool):
            fail("call %d: record(success, time) with a boolean success" % i)
        t = a[1]
    elif op in ("allow", "getState"):
        if len(a) != 1:
            fail("call %d: %s(time)" % (i, op))
        t = a[0]
    else:
        fail("call %d: unknown method %r" % (i, op))
    if not (isinstance(t, int) and not isinstance(t, bool) and 0 <= t <= 10**9) or t < last:
        fail("call %d: times are in [0, 10^9] and non-decreasing" % i)
    last = t
