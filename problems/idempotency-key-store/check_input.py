"""Input validator for idempotency-key-store: exits 0 if the calls are valid, else 1."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


KEY = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
HEX = set("0123456789abcdef")
RESP = set("abcdefghijklmnopqrstuvwxyz0123456789")


def is_str(x, chars, lo, hi):
    return type(x) is str and lo <= len(x) <= hi and all(c in chars for c in x)


data = json.load(sys.stdin)
calls, args = data["calls"], data["args"]
if len(calls) != len(args) or not calls or calls[0] != "IdempotencyStore" or args[0] != []:
    fail("the first call must be IdempotencyStore()")
if len(calls) > 2 * 10**5:
    fail("at most 2 * 10^5 calls in total")
last = 0
for i, (op, a) in enumerate(zip(calls[1:], args[1:]), start=1):
    if op == "process" and len(a) == 3:
        ok = is_str(a[0], KEY, 1, 20) and is_str(a[1], HEX, 1, 16)
    elif op == "complete" and len(a) == 3:
        ok = is_str(a[0], KEY, 1, 20) and is_str(a[1], RESP, 1, 20)
    elif op == "release" and len(a) == 2:
        ok = is_str(a[0], KEY, 1, 20)
    elif op == "countInProgress" and len(a) == 1:
        ok = True
    else:
        ok = False
    if not ok:
        fail("call %d (%s): unknown method, wrong arguments or a bad string" % (i, op))
    t = a[-1]
    if type(t) is not int or not 0 <= t <= 10**9 or t < last:
        fail("call %d: timestamps are integers in [0, 10^9], non-decreasing" % i)
    last = t
