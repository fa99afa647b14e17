"""Input validator for merge-two-sorted-lists: exits 0 if the arguments are valid, else 1."""
import json
import sys

args = json.load(sys.stdin)
for name in ("list1", "list2"):
    a = args[name]
    if len(a) > 50:
        print("%s: at most 50 nodes" % name)
        sys.exit(1)
    if any(not -100 <= x <= 100 for x in a):
        print("%s: values must be in [-100, 100]" % name)
        sys.exit(1)
    if any(x > y for x, y in zip(a, a[1:])):
        print("%s: must be sorted in non-decreasing order" % name)
        sys.exit(1)
