"""Input validator for cursor-pagination: at most 2*10^4 calls; 0 <= createdAt <= 10^9,
1 <= id <= 10^9, no id added while present; cursor "" or "c:i" in range; 1 <= pageSize <= 100."""
import json
import re
import sys


def fail(why):
    print(why)
    sys.exit(1)


doc = json.load(sys.stdin)
calls, args = doc.get("calls"), doc.get("args")
if not isinstance(calls, list) or not isinstance(args, list) or len(calls) != len(args):
    fail("calls and args must be lists of the same length")
if not 1 <= len(calls) <= 2 * 10**4:
    fail("at most 2*10^4 calls")
if calls[0] != "Feed" or args[0] != []:
    fail("the first call must be Feed()")
present = set()


def int_in(x, lo, hi):
    return isinstance(x, int) and not isinstance(x, bool) and lo <= x <= hi


for k, (c, a) in enumerate(zip(calls, args)):
    if k == 0:
        continue
    if c == "addItem":
        if len(a) != 2 or not int_in(a[0], 0, 10**9) or not int_in(a[1], 1, 10**9):
            fail("call %d: addItem(createdAt in 0..10^9, id in 1..10^9)" % k)
        if a[1] in present:
            fail("call %d: id %d is already present" % (k, a[1]))
        present.add(a[1])
    elif c == "removeItem":
        if len(a) != 1 or not int_in(a[0], 1, 10**9):
            fail("call %d: removeItem(id in 1..10^9)" % k)
        present.discard(a[0])
    elif c == "getPage":
        if len(a) != 2 or not isinstance(a[0], str) or not int_in(a[1], 1, 100):
            fail("call %d: getPage(cursor, pageSize in 1..100)" % k)
        if a[0]:
            m = re.fullmatch(r"(0|[1-9][0-9]*):(0|[1-9][0-9]*)", a[0])
            if not m or int(m.group(1)) > 10**9 or int(m.group(2)) > 10**9:
                fail("call %d: cursor must be \"\" or \"c:i\" with 0 <= c, i <= 10^9" % k)
    else:
        fail("call %d: unknown method %r" % (k, c))
