"""Input validator for palindrome-number: exits 0 if valid, else prints why and exits 1."""
import json
import sys

data = json.load(sys.stdin)
if set(data) != {"x"}:
    print("expected exactly the argument x")
    sys.exit(1)
x = data["x"]
if not isinstance(x, int) or isinstance(x, bool) or not -2**31 <= x <= 2**31 - 1:
    print("x must be a signed 32-bit integer")
    sys.exit(1)
