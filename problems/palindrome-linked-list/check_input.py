"""Input validator for palindrome-linked-list: exits 0 if valid, else 1 with a reason."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


args = json.load(sys.stdin)
if set(args) != {"head"}:
    fail("expected the argument head")
head = args["head"]
if not isinstance(head, list) or not 1 <= len(head) <= 10**5:
    fail("the list must have 1..10^5 nodes")
if any(type(v) is not int or not 0 <= v <= 9 for v in head):
    fail("values must be digits 0..9")
