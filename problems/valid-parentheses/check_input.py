"""Input validator for valid-parentheses: exits 0 if the arguments are valid, else 1."""
import json
import sys

s = json.load(sys.stdin)["s"]
if not 1 <= len(s) <= 10**4:
    print("need 1 <= s.length <= 10^4")
    sys.exit(1)
if any(c not in "()[]{}" for c in s):
    print("s consists only of ()[]{}")
    sys.exit(1)
