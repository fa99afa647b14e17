"""Input validator for retry-budget: exits 0 if the calls are valid, else 1."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


data = json.load(sys.stdin)
calls, args = data["calls"], data["args"]
if len(calls) != len(args):
    fail("calls and args differ in length")
if not calls or calls[0] != "RetryBudget" or len(args[0]) != 3:
    fail("the first call must be RetryBudget(window, percent, minPerSecond)")
window, percent, minimum = args[0]
if not (1 <= window <= 10**6 and 0 <= percent <= 1000 and 0 <= minimum <= 10**4):
    fail("need 1 <= window <= 10^6, 0 <= percent <= 1000, 0 <= minPerSecond <= 10^4")
if len(calls) > 2 * 10**5:
    fail("at most 2 * 10^5 calls")
last = 0
for i, (op, a) in enumerate(zip(calls[1:], args[1:]), start=1):
    if op not in ("request", "retry", "counts") or len(a) != 1:
        fail("call %d: only request(time), retry(time) and counts(time) may follow" % i)
    t = a[0]
    if not isinstance(t, int) or not 0 <= t <= 10**9 or t < last:
        fail("call %d: times are integers in [0, 10^9] and non-decreasing" % i)
    last = t
