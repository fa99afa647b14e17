"""Input validator for first-missing-positive: exits 0 if valid, else prints why and exits 1."""
import json
import sys

data = json.load(sys.stdin)
if set(data) != {"nums"}:
    print("expected exactly the argument nums")
    sys.exit(1)
a = data["nums"]
if (not isinstance(a, list) or not 1 <= len(a) <= 10**5
        or not all(isinstance(x, int) and not isinstance(x, bool) and -2**31 <= x < 2**31 for x in a)):
    print("nums must hold 1..10^5 signed 32-bit integers")
    sys.exit(1)
