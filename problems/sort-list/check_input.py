"""Input validator for sort-list: exits 0 if valid, else 1 with a reason."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


args = json.load(sys.stdin)
if set(args) != {"head"}:
    fail("expected the argument head")
head = args["head"]
if not isinstance(head, list) or len(head) > 5 * 10**4:
    fail("the list must have 0..5*10^4 nodes")
if any(type(v) is not int or not -10**5 <= v <= 10**5 for v in head):
    fail("values must be integers in -10^5..10^5")
