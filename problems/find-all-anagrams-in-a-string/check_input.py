"""Input validator for find-all-anagrams-in-a-string: exits 0 if valid, else exits 1."""
import json
import sys

data = json.load(sys.stdin)
if set(data) != {"s", "p"}:
    print("expected exactly the arguments s and p")
    sys.exit(1)
for name in ("s", "p"):
    v = data[name]
    if not isinstance(v, str) or not 1 <= len(v) <= 3 * 10**4 or not all("a" <= c <= "z" for c in v):
        print("%s must be 1..3*10^4 lower-case English letters" % name)
        sys.exit(1)
