"""Input validator for permutation-in-string: exits 0 if valid, else prints why and exits 1."""
import json
import sys

data = json.load(sys.stdin)
if set(data) != {"s1", "s2"}:
    print("expected exactly the arguments s1 and s2")
    sys.exit(1)
for name in ("s1", "s2"):
    v = data[name]
    if not isinstance(v, str) or not 1 <= len(v) <= 10**4 or not all("a" <= c <= "z" for c in v):
        print("%s must be 1..10^4 lower-case English letters" % name)
        sys.exit(1)
