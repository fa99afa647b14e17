"""Input validator for generate-parentheses: exits 0 if valid, else prints why and exits 1."""
import json
import sys

data = json.load(sys.stdin)
if set(data) != {"n"}:
    print("expected exactly the argument n")
    sys.exit(1)
n = data["n"]
if not isinstance(n, int) or isinstance(n, bool) or not 1 <= n <= 8:
    print("n must be an integer in 1..8")
    sys.exit(1)
