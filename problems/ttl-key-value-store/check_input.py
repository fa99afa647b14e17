"""Input validator for ttl-key-value-store: exits 0 if the calls are valid, else 1."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


data = json.load(sys.stdin)
calls, args = data["calls"], data["args"]
if not calls or calls[0] != "TTLStore" or args[0] != []:
    fail("the first call must be TTLStore()")
if len(calls) > 2 * 10**4:
    fail("at most 2 * 10^4 calls in total")
CHARS = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
last = 0
for i, (op, a) in enumerate(zip(calls[1:], args[1:]), start=1):
    if op == "set" and len(a) == 4:
        k, value, ttl, t = a
        if not (0 <= value <= 10**9 and 1 <= ttl <= 10**9):
            fail("call %d: need 0 <= value <= 10^9 and 1 <= ttl <= 10^9" % i)
    elif op == "get" and len(a) == 2:
        k, t = a
    elif op == "countLive" and len(a) == 1:
        k, t = "x", a[0]
    else:
        fail("call %d: unknown method or wrong arguments" % i)
    if not 1 <= len(k) <= 10 or any(c not in CHARS for c in k):
        fail("call %d: keys are 1 to 10 letters and digits" % i)
    if not 0 <= t <= 10**9 or t < last:
        fail("call %d: timestamps are in [0, 10^9] and non-decreasing" % i)
    last = t
