"""Input validator for time-based-key-value-store: exits 0 if the calls are valid, else 1."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


data = json.load(sys.stdin)
calls, args = data["calls"], data["args"]
if not calls or calls[0] != "TimeMap" or args[0] != []:
    fail("the first call must be TimeMap()")
if len(calls) - 1 > 2 * 10**5:
    fail("at most 2 * 10^5 calls to set and get")
ALNUM = set("abcdefghijklmnopqrstuvwxyz0123456789")


def ok_text(s):
    return 1 <= len(s) <= 100 and all(c in ALNUM for c in s)


last = 0
for i, (op, a) in enumerate(zip(calls[1:], args[1:]), start=1):
    if op == "set":
        key, value, t = a
        if not ok_text(key) or not ok_text(value):
            fail("call %d: key and value are 1-100 lowercase letters and digits" % i)
        if not 1 <= t <= 10**7 or t <= last:
            fail("call %d: set timestamps are in [1, 10^7] and strictly increasing" % i)
        last = t
    elif op == "get":
        key, t = a
        if not ok_text(key) or not 1 <= t <= 10**7:
            fail("call %d: bad get arguments" % i)
    else:
        fail("call %d: unknown method %s" % (i, op))
