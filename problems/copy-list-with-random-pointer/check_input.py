"""Input validator for copy-list-with-random-pointer: exits 0 if valid, else 1 with a reason."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


args = json.load(sys.stdin)
if set(args) != {"head"}:
    fail("expected the argument head")
head = args["head"]
if not isinstance(head, list) or len(head) > 1000:
    fail("the list must have 0..1000 nodes")
for i, item in enumerate(head):
    if not isinstance(item, list) or len(item) != 2:
        fail("node %d must be [val, random_index]" % i)
    val, r = item
    if type(val) is not int or not -10**4 <= val <= 10**4:
        fail("node %d: the value must be in -10^4..10^4" % i)
    if r is not None and (type(r) is not int or not 0 <= r < len(head)):
        fail("node %d: random_index must be null or an index of the list" % i)
