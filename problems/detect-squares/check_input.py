"""Input validator for detect-squares: reads {"calls": [...], "args": [...]} on stdin."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


data = json.load(sys.stdin)
calls, args = data["calls"], data["args"]
if not calls or len(calls) != len(args) or calls[0] != "DetectSquares" or args[0] != []:
    fail("the first call must be DetectSquares() and every call needs its arguments")
if len(calls) - 1 > 3000:
    fail("at most 3000 calls to add and count")
for c, a in zip(calls[1:], args[1:]):
    if c not in ("add", "count") or len(a) != 1:
        fail("only add(point) and count(point) may follow the constructor")
    p = a[0]
    if not isinstance(p, list) or len(p) != 2 or any(type(v) is not int for v in p):
        fail("a point is a pair of integers")
    if any(not 0 <= v <= 1000 for v in p):
        fail("coordinates must be in 0..1000")
