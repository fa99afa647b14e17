"""Input validator for random-pick-with-weight: 1 <= len(w) <= 10^4, 1 <= w[i] <= 10^5, at most
10^4 calls to pickIndex."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


doc = json.load(sys.stdin)
calls, args = doc.get("calls"), doc.get("args")
if not isinstance(calls, list) or not isinstance(args, list) or len(calls) != len(args):
    fail("calls and args must be lists of the same length")
if not calls or calls[0] != "Solution" or not isinstance(args[0], list) or len(args[0]) != 1:
    fail("the first call must be the constructor Solution(w)")
w = args[0][0]
if not isinstance(w, list) or not 1 <= len(w) <= 10**4:
    fail("w must have 1..10^4 weights")
if any(type(x) is not int or not 1 <= x <= 10**5 for x in w):
    fail("every weight must be in 1..10^5")
if len(calls) - 1 > 10**4:
    fail("at most 10^4 calls to pickIndex")
for i, (name, a) in enumerate(zip(calls[1:], args[1:]), start=1):
    if name != "pickIndex" or a != []:
        fail("call %d: only pickIndex(), without arguments, may follow the constructor" % i)
