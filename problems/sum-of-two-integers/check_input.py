"""Input validator for sum-of-two-integers: exits 0 if valid, else prints why and exits 1."""
import json
import sys

data = json.load(sys.stdin)
if set(data) != {"a", "b"}:
    print("expected exactly the arguments a and b")
    sys.exit(1)
for name in ("a", "b"):
    v = data[name]
    if not isinstance(v, int) or isinstance(v, bool) or not -1000 <= v <= 1000:
        print("%s must be an integer in [-1000, 1000]" % name)
        sys.exit(1)
