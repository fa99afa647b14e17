"""Input validator for largest-number: exits 0 if valid, else prints why and exits 1."""
import json
import sys

data = json.load(sys.stdin)
if set(data) != {"nums"}:
    print("expected exactly the argument nums")
    sys.exit(1)
a = data["nums"]
if (not isinstance(a, list) or not 1 <= len(a) <= 100
        or not all(isinstance(x, int) and not isinstance(x, bool) and 0 <= x <= 10**9 for x in a)):
    print("nums must hold 1..100 integers in [0, 10^9]")
    sys.exit(1)
