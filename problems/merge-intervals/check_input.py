"""Input validator for merge-intervals: 1..10^4 intervals [start, end] with
0 <= start <= end <= 10^4."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


intervals = json.load(sys.stdin).get("intervals")
if not isinstance(intervals, list) or not 1 <= len(intervals) <= 10**4:
    fail("intervals must be a list of 1..10^4 pairs")
for iv in intervals:
    if not isinstance(iv, list) or len(iv) != 2 or not all(isinstance(x, int) for x in iv):
        fail("every interval must be a pair of integers")
    if not 0 <= iv[0] <= iv[1] <= 10**4:
        fail("every interval needs 0 <= start <= end <= 10^4")
