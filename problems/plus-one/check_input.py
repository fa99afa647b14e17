"""Input validator for plus-one: exits 0 if valid, else prints why and exits 1."""
import json
import sys

data = json.load(sys.stdin)
if set(data) != {"digits"}:
    print("expected exactly the argument digits")
    sys.exit(1)
d = data["digits"]
if (not isinstance(d, list) or not 1 <= len(d) <= 100
        or not all(isinstance(x, int) and not isinstance(x, bool) and 0 <= x <= 9 for x in d)):
    print("digits must hold 1..100 integers in 0..9")
    sys.exit(1)
if d[0] == 0 and len(d) > 1:
    print("digits must not have a leading zero")
    sys.exit(1)
