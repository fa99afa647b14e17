"""Input validator for add-binary: exits 0 if valid, else prints why and exits 1."""
import json
import sys

data = json.load(sys.stdin)
if set(data) != {"a", "b"}:
    print("expected exactly the arguments a and b")
    sys.exit(1)
for name in ("a", "b"):
    v = data[name]
    if not isinstance(v, str) or not 1 <= len(v) <= 10**4 or set(v) - {"0", "1"}:
        print("%s must be 1..10^4 binary digits" % name)
        sys.exit(1)
    if len(v) > 1 and v[0] == "0":
        print("%s must not have leading zeros" % name)
        sys.exit(1)
