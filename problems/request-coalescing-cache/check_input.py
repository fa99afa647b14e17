"""Input validator for request-coalescing-cache: exits 0 if the calls are valid, else prints why and exits 1."""
import json
import re
import sys


def fail(why):
    print(why)
    sys.exit(1)


KEY = re.compile(r"[a-z0-9]{1,10}\Z")
data = json.load(sys.stdin)
calls, args = data["calls"], data["args"]
if not calls or calls[0] != "CoalescingCache" or len(args[0]) != 2:
    fail("the first call must be CoalescingCache(latency, ttl)")
if not all(isinstance(x, int) and 1 <= x <= 10**9 for x in args[0]):
    fail("1 <= latency, ttl <= 10^9")
if len(calls) > 2 * 10**5:
    fail("at most 2 * 10^5 calls in total")
last = 0
for i, (op, a) in enumerate(zip(calls[1:], args[1:]), start=1):
    if op in ("get", "invalidate") and len(a) == 2:
        key, t = a
        if not (isinstance(key, str) and KEY.match(key)):
            fail("call %d: keys are 1 to 10 lowercase letters and digits" % i)
    elif op == "inFlight" and len(a) == 1:
        t = a[0]
    elif op == "stats" and a == []:
        continue
    else:
        fail("call %d: unknown method or wrong arguments" % i)
    if not isinstance(t, int) or not 0 <= t <= 10**9 or t < last:
        fail("call %d: times are in [0, 10^9] and non-decreasing" % i)
    last = t
