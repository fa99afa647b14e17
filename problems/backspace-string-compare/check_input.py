"""Input validator for backspace-string-compare: exits 0 if valid, else prints why and exits 1."""
import json
import sys

data = json.load(sys.stdin)
if set(data) != {"s", "t"}:
    print("expected exactly the arguments s and t")
    sys.exit(1)
for name in ("s", "t"):
    v = data[name]
    if not isinstance(v, str) or not 1 <= len(v) <= 200 or not all("a" <= c <= "z" or c == "#" for c in v):
        print("%s must be 1..200 characters, each a lower-case letter or '#'" % name)
        sys.exit(1)
