"""Input validator for reorder-list: exits 0 if valid, else 1 with a reason."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


args = json.load(sys.stdin)
if set(args) != {"head"}:
    fail("expected the argument head")
head = args["head"]
if not isinstance(head, list) or not 1 <= len(head) <= 5 * 10**4:
    fail("the list must have 1..5*10^4 nodes")
if any(type(v) is not int or not 1 <= v <= 1000 for v in head):
    fail("every node value must be in 1..1000")
