"""Input validator for squares-of-a-sorted-array: exits 0 if valid, else prints why and exits 1."""
import json
import sys

data = json.load(sys.stdin)
if set(data) != {"nums"}:
    print("expected exactly the argument nums")
    sys.exit(1)
a = data["nums"]
if (not isinstance(a, list) or not 1 <= len(a) <= 10**4
        or not all(isinstance(x, int) and not isinstance(x, bool) and -10**4 <= x <= 10**4 for x in a)):
    print("nums must hold 1..10^4 integers in [-10^4, 10^4]")
    sys.exit(1)
if any(a[i] > a[i + 1] for i in range(len(a) - 1)):
    print("nums must be sorted in non-decreasing order")
    sys.exit(1)
