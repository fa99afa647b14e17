"""Input validator for odd-even-linked-list: exits 0 if valid, else 1 with a reason."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


args = json.load(sys.stdin)
if set(args) != {"head"}:
    fail("expected the argument head")
head = args["head"]
if not isinstance(head, list) or len(head) > 10**4:
    fail("the list must have 0..10^4 nodes")
if any(type(v) is not int or not -10**6 <= v <= 10**6 for v in head):
    fail("values must be integers in -10^6..10^6")
