"""Input validator for largest-rectangle-in-histogram: exits 0 if valid, else exits 1."""
import json
import sys

data = json.load(sys.stdin)
if set(data) != {"heights"}:
    print("expected exactly the argument heights")
    sys.exit(1)
h = data["heights"]
if not isinstance(h, list) or not 1 <= len(h) <= 10**5:
    print("heights must hold 1..10^5 values")
    sys.exit(1)
for x in h:
    if not isinstance(x, int) or isinstance(x, bool) or not 0 <= x <= 10**4:
        print("heights must be integers in [0, 10^4], got %r" % (x,))
        sys.exit(1)
