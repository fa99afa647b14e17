"""Input validator for insert-interval: reads {"intervals": [...], "newInterval": [...]}."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


def interval(v, what):
    if not isinstance(v, list) or len(v) != 2 or any(type(x) is not int for x in v):
        fail("%s must be a pair of integers" % what)
    if not 0 <= v[0] <= v[1] <= 10**5:
        fail("%s needs 0 <= start <= end <= 10^5" % what)


data = json.load(sys.stdin)
if set(data) != {"intervals", "newInterval"}:
    fail("expected exactly the arguments intervals and newInterval")
intervals = data["intervals"]
if not isinstance(intervals, list) or len(intervals) > 10**4:
    fail("intervals must be a list of at most 10^4 intervals")
for i, v in enumerate(intervals):
    interval(v, "intervals[%d]" % i)
    if i and intervals[i - 1][1] >= v[0]:
        fail("intervals must be sorted by start, with no two overlapping or touching")
interval(data["newInterval"], "newInterval")
