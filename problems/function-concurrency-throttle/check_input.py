"""Input validator for function-concurrency-throttle: exits 0 if the calls are valid, else 1."""
import json
import re
import sys


def fail(why):
    print(why)
    sys.exit(1)


data = json.load(sys.stdin)
calls, args = data["calls"], data["args"]
if len(calls) != len(args):
    fail("calls and args differ in length")
if not calls or calls[0] != "FunctionThrottler" or len(args[0]) != 1:
    fail("the first call must be FunctionThrottler(accountLimit)")
limit = args[0][0]
if not (isinstance(limit, int) and 1 <= limit <= 10**5):
    fail("need 1 <= accountLimit <= 10^5")
if len(calls) - 1 > 2 * 10**5:
    fail("at most 2 * 10^5 method calls")
NAME = re.compile(r"^[a-z0-9-]{1,20}$")
last = 0
for i, (op, a) in enumerate(zip(calls[1:], args[1:]), start=1):
    if op == "setReserved":
        if len(a) != 2:
            fail("call %d: setReserved(functionName, reserved)" % i)
        if not (isinstance(a[1], int) and -1 <= a[1] <= limit):
            fail("call %d: reserved must be in [-1, accountLimit]" % i)
    elif op == "invoke":
        if len(a) != 3:
            fail("call %d: invoke(functionName, start, duration)" % i)
        if not (isinstance(a[2], int) and 1 <= a[2] <= 10**9):
            fail("call %d: duration must be in [1, 10^9]" % i)
    elif op == "getRunning":
        if len(a) != 2:
            fail("call %d: getRunning(functionName, time)" % i)
    else:
        fail("call %d: unknown method %r" % (i, op))
    if not (isinstance(a[0], str) and NAME.match(a[0])):
        fail("call %d: functionName is 1 to 20 of a-z, 0-9 and '-'" % i)
    if op != "setReserved":
        t = a[1]
        if not (isinstance(t, int) and 0 <= t <= 10**9) or t < last:
            fail("call %d: times are in [0, 10^9] and non-decreasing" % i)
        last = t
