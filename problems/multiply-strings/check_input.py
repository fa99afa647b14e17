"""Input validator for multiply-strings: exits 0 if valid, else prints why and exits 1."""
import json
import sys

data = json.load(sys.stdin)
if set(data) != {"num1", "num2"}:
    print("expected exactly the arguments num1 and num2")
    sys.exit(1)
for name in ("num1", "num2"):
    v = data[name]
    if not isinstance(v, str) or not 1 <= len(v) <= 200 or not all("0" <= c <= "9" for c in v):
        print("%s must be 1..200 decimal digits" % name)
        sys.exit(1)
    if len(v) > 1 and v[0] == "0":
        print("%s must not have a leading zero" % name)
        sys.exit(1)
