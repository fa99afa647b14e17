"""Input validator for valid-anagram: exits 0 if the arguments are valid, else 1."""
import json
import sys

args = json.load(sys.stdin)
for name in ("s", "t"):
    x = args[name]
    if not 1 <= len(x) <= 5 * 10**4:
        print("need 1 <= %s.length <= 5 * 10^4" % name)
        sys.exit(1)
    if any(not "a" <= c <= "z" for c in x):
        print("%s holds lowercase English letters only" % name)
        sys.exit(1)
