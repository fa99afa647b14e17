"""Input validator for heavy-hitters-window: exits 0 if the calls are valid, else 1."""
import json
import re
import sys


def fail(why):
    print(why)
    sys.exit(1)


KEY = re.compile(r"[a-z]{1,10}\Z")

data = json.load(sys.stdin)
calls, args = data["calls"], data["args"]
if len(calls) != len(args):
    fail("calls and args differ in length")
if not calls or calls[0] != "HeavyHitters" or len(args[0]) != 1:
    fail("the first call must be HeavyHitters(window)")
if not 1 <= args[0][0] <= 10**9:
    fail("need 1 <= window <= 10^9")
if len(calls) > 10**5:
    fail("at most 10^5 calls")
last = 0
for i, (op, a) in enumerate(zip(calls[1:], args[1:]), start=1):
    if op not in ("record", "top") or len(a) != 2:
        fail("call %d: only record(key, time) and top(k, time) may follow" % i)
    t = a[1]
    if not isinstance(t, int) or not 0 <= t <= 10**9 or t < last:
        fail("call %d: times are integers in [0, 10^9] and non-decreasing" % i)
    last = t
    if op == "record" and not (isinstance(a[0], str) and KEY.match(a[0])):
        fail("call %d: key is 1 to 10 lowercase letters" % i)
    if op == "top" and not (isinstance(a[0], int) and 1 <= a[0] <= 10):
        fail("call %d: need 1 <= k <= 10" % i)
