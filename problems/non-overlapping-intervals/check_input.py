"""Input validator for non-overlapping-intervals: reads {"intervals": [...]} on stdin."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


data = json.load(sys.stdin)
if set(data) != {"intervals"}:
    fail("expected exactly the argument intervals")
intervals = data["intervals"]
if not isinstance(intervals, list) or not 1 <= len(intervals) <= 10**5:
    fail("intervals must be a list of 1..10^5 intervals")
for v in intervals:
    if not isinstance(v, list) or len(v) != 2 or any(type(x) is not int for x in v):
        fail("every interval must be a pair of integers")
    if not -5 * 10**4 <= v[0] < v[1] <= 5 * 10**4:
        fail("every interval needs -5*10^4 <= start < end <= 5*10^4")
