"""Input validator for linked-list-cycle: exits 0 if valid, else 1 with a reason."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


args = json.load(sys.stdin)
if set(args) != {"head", "pos"}:
    fail("expected the arguments head and pos")
head, pos = args["head"], args["pos"]
if not isinstance(head, list) or not 0 <= len(head) <= 10**4:
    fail("the list must have 0..10^4 nodes")
if any(type(v) is not int or not -10**5 <= v <= 10**5 for v in head):
    fail("every node value must be in -10^5..10^5")
if type(pos) is not int or not (pos == -1 or 0 <= pos < len(head)):
    fail("pos must be -1 or an index of the list")
