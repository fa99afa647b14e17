"""Input validator for rotate-list: exits 0 if valid, else 1 with a reason."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


args = json.load(sys.stdin)
if set(args) != {"head", "k"}:
    fail("expected the arguments head and k")
head, k = args["head"], args["k"]
if not isinstance(head, list) or len(head) > 500:
    fail("the list must have 0..500 nodes")
if any(type(v) is not int or not -100 <= v <= 100 for v in head):
    fail("values must be integers in -100..100")
if type(k) is not int or not 0 <= k <= 2 * 10**9:
    fail("k must be in 0..2*10^9")
