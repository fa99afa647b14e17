"""Input validator for leaky-bucket-shaper: exits 0 if the calls are valid, else 1."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


data = json.load(sys.stdin)
calls, args = data["calls"], data["args"]
if len(calls) != len(args):
    fail("calls and args differ in length")
if not calls or calls[0] != "LeakyBucketShaper" or len(args[0]) != 2:
    fail("the first call must be LeakyBucketShaper(capacity, rate)")
cap, rate = args[0]
if not (1 <= cap <= 10**6 and 1 <= rate <= 10**6):
    fail("need 1 <= capacity <= 10^6 and 1 <= rate <= 10^6")
if len(calls) > 2 * 10**5:
    fail("at most 2 * 10^5 calls")
last = 0
for i, (op, a) in enumerate(zip(calls[1:], args[1:]), start=1):
    if op not in ("arrive", "pending") or len(a) != 1:
        fail("call %d: only arrive(time) and pending(time) may follow" % i)
    t = a[0]
    if not isinstance(t, int) or not 0 <= t <= 10**9 or t < last:
        fail("call %d: times are integers in [0, 10^9] and non-decreasing" % i)
    last = t
