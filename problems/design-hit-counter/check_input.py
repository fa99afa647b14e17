"""Input validator for design-hit-counter: reads {"calls": [...], "args": [...]} on stdin."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


data = json.load(sys.stdin)
calls, args = data["calls"], data["args"]
if not calls or len(calls) != len(args) or calls[0] != "HitCounter" or args[0] != []:
    fail("the first call must be HitCounter() and every call needs its arguments")
if len(calls) - 1 > 300:
    fail("at most 300 calls to hit and getHits")
last = 0
for c, a in zip(calls[1:], args[1:]):
    if c not in ("hit", "getHits") or len(a) != 1:
        fail("only hit(timestamp) and getHits(timestamp) may follow the constructor")
    t = a[0]
    if type(t) is not int or not 1 <= t <= 2 * 10**9:
        fail("timestamps must be integers in 1..2*10^9")
    if t < last:
        fail("timestamps must never decrease")
    last = t
