"""Input validator for longest-valid-parentheses: exits 0 if valid, else prints why and exits 1."""
import json
import sys

data = json.load(sys.stdin)
if set(data) != {"s"}:
    print("expected exactly the argument s")
    sys.exit(1)
s = data["s"]
if not isinstance(s, str) or len(s) > 3 * 10**4 or set(s) - {"(", ")"}:
    print("s must be at most 3*10^4 characters, each '(' or ')'")
    sys.exit(1)
