"""Input validator for lru-cache-with-ttl-and-size: exits 0 if the calls are valid, else 1."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


KEY = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
BIG = 10**9


def is_int(x, lo, hi):
    return type(x) is int and lo <= x <= hi


data = json.load(sys.stdin)
calls, args = data["calls"], data["args"]
if len(calls) != len(args) or not calls or calls[0] != "SizedTTLCache":
    fail("the first call must be SizedTTLCache(capacity)")
if len(args[0]) != 1 or not is_int(args[0][0], 1, BIG):
    fail("need 1 <= capacity <= 10^9")
if len(calls) > 10**5:
    fail("at most 10^5 calls in total")
last = 0
for i, (op, a) in enumerate(zip(calls[1:], args[1:]), start=1):
    if op == "put" and len(a) == 5:
        ok = is_int(a[1], 0, BIG) and is_int(a[2], 1, BIG) and is_int(a[3], 1, BIG)
    elif op == "get" and len(a) == 2:
        ok = True
    elif op == "usedSize" and len(a) == 1:
        ok = True
    else:
        ok = False
    if ok and op != "usedSize":
        ok = type(a[0]) is str and 1 <= len(a[0]) <= 10 and all(c in KEY for c in a[0])
    if not ok:
        fail("call %d (%s): unknown method, wrong arguments or a value out of range" % (i, op))
    t = a[-1]
    if not is_int(t, 0, BIG) or t < last:
        fail("call %d: timestamps are integers in [0, 10^9], non-decreasing" % i)
    last = t
