"""Input validator for longest-palindrome: exits 0 if valid, else prints why and exits 1."""
import json
import sys

data = json.load(sys.stdin)
if set(data) != {"s"}:
    print("expected exactly the argument s")
    sys.exit(1)
s = data["s"]
if (not isinstance(s, str) or not 1 <= len(s) <= 2000
        or not all("a" <= c <= "z" or "A" <= c <= "Z" for c in s)):
    print("s must be 1..2000 English letters")
    sys.exit(1)
