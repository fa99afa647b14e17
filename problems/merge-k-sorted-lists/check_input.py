"""Input validator for merge-k-sorted-lists: exits 0 if the arguments are valid, else 1."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


lists = json.load(sys.stdin)["lists"]
if len(lists) > 10**4:
    fail("need k <= 10^4, got %d" % len(lists))
if sum(len(a) for a in lists) > 10**4:
    fail("at most 10^4 nodes in total")
for a in lists:
    if len(a) > 500:
        fail("every list has at most 500 nodes")
    if any(not -10**4 <= x <= 10**4 for x in a):
        fail("node values must be in [-10^4, 10^4]")
    if any(x > y for x, y in zip(a, a[1:])):
        fail("every list must be sorted in non-decreasing order")
