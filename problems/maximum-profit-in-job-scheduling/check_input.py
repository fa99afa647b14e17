"""Input validator for maximum-profit-in-job-scheduling: reads the three lists on stdin."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


data = json.load(sys.stdin)
if set(data) != {"startTime", "endTime", "profit"}:
    fail("expected exactly the arguments startTime, endTime and profit")
st, en, pr = data["startTime"], data["endTime"], data["profit"]
if not all(isinstance(v, list) for v in (st, en, pr)) or not len(st) == len(en) == len(pr):
    fail("the three lists must have the same length")
if not 1 <= len(st) <= 5 * 10**4:
    fail("there must be 1..5*10^4 jobs")
for a, b, c in zip(st, en, pr):
    if any(type(x) is not int for x in (a, b, c)):
        fail("all values must be integers")
    if not 1 <= a < b <= 10**9:
        fail("every job needs 1 <= start < end <= 10^9")
    if not 1 <= c <= 10**4:
        fail("every profit must be in 1..10^4")
