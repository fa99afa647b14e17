"""Input validator for contiguous-array: exits 0 if valid, else prints why and exits 1."""
import json
import sys

data = json.load(sys.stdin)
if set(data) != {"nums"}:
    print("expected exactly the argument nums")
    sys.exit(1)
a = data["nums"]
if (not isinstance(a, list) or not 1 <= len(a) <= 10**5
        or not all(isinstance(x, int) and not isinstance(x, bool) and x in (0, 1) for x in a)):
    print("nums must hold 1..10^5 values, each 0 or 1")
    sys.exit(1)
