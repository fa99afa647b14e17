"""Input validator for find-median-from-data-stream: at most 5 * 10^4 calls after the
constructor, -10^5 <= num <= 10^5, findMedian only after at least one addNum."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


doc = json.load(sys.stdin)
calls, args = doc.get("calls"), doc.get("args")
if not isinstance(calls, list) or not isinstance(args, list) or len(calls) != len(args):
    fail("calls and args must be lists of the same length")
if not calls or calls[0] != "MedianFinder" or args[0] != []:
    fail("the first call must be MedianFinder()")
if len(calls) - 1 > 5 * 10**4:
    fail("at most 5*10^4 calls to addNum and findMedian")
added = 0
for k, (c, a) in enumerate(zip(calls[1:], args[1:]), start=1):
    if c == "addNum":
        if len(a) != 1 or not isinstance(a[0], int) or not -10**5 <= a[0] <= 10**5:
            fail("call %d: num must be in -10^5..10^5" % k)
        added += 1
    elif c == "findMedian":
        if a != []:
            fail("call %d: findMedian takes no argument" % k)
        if added == 0:
            fail("call %d: findMedian before any addNum" % k)
    else:
        fail("call %d: unknown method %r" % (k, c))
