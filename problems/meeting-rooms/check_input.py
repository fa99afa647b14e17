"""Input validator for meeting-rooms: reads {"intervals": [...]} on stdin."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


data = json.load(sys.stdin)
if set(data) != {"intervals"}:
    fail("expected exactly the argument intervals")
intervals = data["intervals"]
if not isinstance(intervals, list) or len(intervals) > 10**4:
    fail("intervals must be a list of at most 10^4 meetings")
for v in intervals:
    if not isinstance(v, list) or len(v) != 2 or any(type(x) is not int for x in v):
        fail("every meeting must be a pair of integers")
    if not 0 <= v[0] < v[1] <= 10**6:
        fail("every meeting needs 0 <= start < end <= 10^6")
