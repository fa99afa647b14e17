"""Input validator for reverse-nodes-in-k-group: exits 0 if valid, else 1 with a reason."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


args = json.load(sys.stdin)
if set(args) != {"head", "k"}:
    fail("expected the arguments head and k")
head, k = args["head"], args["k"]
if not isinstance(head, list) or not 1 <= len(head) <= 5000:
    fail("the list must have 1..5000 nodes")
if any(type(v) is not int or not 0 <= v <= 1000 for v in head):
    fail("values must be integers in 0..1000")
if type(k) is not int or not 1 <= k <= len(head):
    fail("k must be in 1..n")
