"""Input validator for remove-nth-node-from-end-of-list: exits 0 if valid, else 1 with a reason."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


args = json.load(sys.stdin)
if set(args) != {"head", "n"}:
    fail("expected the arguments head and n")
head, n = args["head"], args["n"]
if not isinstance(head, list) or not 1 <= len(head) <= 30:
    fail("the list must have 1..30 nodes")
if any(type(v) is not int or not 0 <= v <= 100 for v in head):
    fail("node values must be integers in 0..100")
if type(n) is not int or not 1 <= n <= len(head):
    fail("n must be in 1..length of the list")
