"""Input validator for longest-common-prefix: exits 0 if valid, else prints why and exits 1."""
import json
import sys

data = json.load(sys.stdin)
if set(data) != {"strs"}:
    print("expected exactly the argument strs")
    sys.exit(1)
strs = data["strs"]
if not isinstance(strs, list) or not 1 <= len(strs) <= 200:
    print("strs must hold 1..200 strings")
    sys.exit(1)
for v in strs:
    if not isinstance(v, str) or len(v) > 200 or not all("a" <= c <= "z" for c in v):
        print("every string must be at most 200 lower-case English letters")
        sys.exit(1)
