"""Input validator for insert-delete-getrandom-o1: exits 0 if valid, else 1 with a reason."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


doc = json.load(sys.stdin)
calls, args = doc.get("calls"), doc.get("args")
if not isinstance(calls, list) or not isinstance(args, list) or len(calls) != len(args):
    fail("calls and args must be lists of the same length")
if not calls or calls[0] != "RandomizedSet" or args[0] != []:
    fail("the first call must be the constructor RandomizedSet()")
if len(calls) - 1 > 2 * 10**5:
    fail("at most 2 * 10^5 calls to insert, remove and getRandom")
present = set()
for i, (name, a) in enumerate(zip(calls[1:], args[1:]), start=1):
    if name in ("insert", "remove"):
        if len(a) != 1 or type(a[0]) is not int or not -2**31 <= a[0] <= 2**31 - 1:
            fail("call %d: %s takes one 32-bit integer" % (i, name))
        (present.add if name == "insert" else present.discard)(a[0])
    elif name == "getRandom":
        if a != []:
            fail("call %d: getRandom takes no arguments" % i)
        if not present:
            fail("call %d: getRandom on an empty set" % i)
    else:
        fail("call %d: unknown method %r" % (i, name))
