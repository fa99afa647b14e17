"""Input validator for string-to-integer-atoi: exits 0 if valid, else prints why and exits 1."""
import json
import string
import sys

ALLOWED = set(string.ascii_letters + string.digits + " +-.")
data = json.load(sys.stdin)
if set(data) != {"s"}:
    print("expected exactly the argument s")
    sys.exit(1)
s = data["s"]
if not isinstance(s, str) or len(s) > 200 or set(s) - ALLOWED:
    print("s must be at most 200 characters among letters, digits, ' ', '+', '-' and '.'")
    sys.exit(1)
