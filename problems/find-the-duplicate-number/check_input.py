"""Input validator for find-the-duplicate-number: exits 0 if valid, else prints why and exits 1."""
import json
import sys
from collections import Counter

data = json.load(sys.stdin)
if set(data) != {"nums"}:
    print("expected exactly the argument nums")
    sys.exit(1)
a = data["nums"]
if not isinstance(a, list) or not 2 <= len(a) <= 10**5 + 1:
    print("nums must hold n + 1 values with 1 <= n <= 10^5")
    sys.exit(1)
n = len(a) - 1
if not all(isinstance(x, int) and not isinstance(x, bool) and 1 <= x <= n for x in a):
    print("values must be integers in 1..n")
    sys.exit(1)
if sum(1 for c in Counter(a).values() if c > 1) != 1:
    print("exactly one value must occur more than once")
    sys.exit(1)
