"""Input validator for add-two-numbers: exits 0 if valid, else 1 with a reason."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


args = json.load(sys.stdin)
if set(args) != {"l1", "l2"}:
    fail("expected the arguments l1 and l2")
for name in ("l1", "l2"):
    digits = args[name]
    if not isinstance(digits, list) or not 1 <= len(digits) <= 100:
        fail("%s must have 1..100 nodes" % name)
    if any(type(d) is not int or not 0 <= d <= 9 for d in digits):
        fail("%s: every node holds a digit 0..9" % name)
    if len(digits) > 1 and digits[-1] == 0:
        fail("%s: no leading zeros (the last node is the most significant digit)" % name)
