"""Input validator for ransom-note: exits 0 if valid, else prints why and exits 1."""
import json
import sys

data = json.load(sys.stdin)
if set(data) != {"ransomNote", "magazine"}:
    print("expected exactly the arguments ransomNote and magazine")
    sys.exit(1)
for name in ("ransomNote", "magazine"):
    v = data[name]
    if not isinstance(v, str) or not 1 <= len(v) <= 10**5 or not all("a" <= c <= "z" for c in v):
        print("%s must be 1..10^5 lower-case English letters" % name)
        sys.exit(1)
