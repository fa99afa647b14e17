"""Input validator for lru-cache: 1 <= capacity <= 3000, 0 <= key <= 10^4, 0 <= value <= 10^5,
at most 2 * 10^5 calls to get and put."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


def int_in(x, lo, hi):
    return isinstance(x, int) and not isinstance(x, bool) and lo <= x <= hi


doc = json.load(sys.stdin)
calls, args = doc.get("calls"), doc.get("args")
if not isinstance(calls, list) or not isinstance(args, list) or len(calls) != len(args):
    fail("calls and args must be lists of the same length")
if not calls or calls[0] != "LRUCache" or len(args[0]) != 1 or not int_in(args[0][0], 1, 3000):
    fail("the first call must be LRUCache(capacity) with 1 <= capacity <= 3000")
if len(calls) - 1 > 2 * 10**5:
    fail("at most 2*10^5 calls to get and put")
for k, (c, a) in enumerate(zip(calls[1:], args[1:]), start=1):
    if c == "get":
        if len(a) != 1 or not int_in(a[0], 0, 10**4):
            fail("call %d: get(key in 0..10^4)" % k)
    elif c == "put":
        if len(a) != 2 or not int_in(a[0], 0, 10**4) or not int_in(a[1], 0, 10**5):
            fail("call %d: put(key in 0..10^4, value in 0..10^5)" % k)
    else:
        fail("call %d: unknown method %r" % (k, c))
