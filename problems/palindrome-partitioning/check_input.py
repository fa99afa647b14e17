"""Input validator for palindrome-partitioning: 1..16 lowercase letters."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


data = json.load(sys.stdin)
if set(data) != {"s"}:
    fail("expected exactly the argument `s`")
s = data["s"]
if not isinstance(s, str) or not 1 <= len(s) <= 16:
    fail("s must have 1..16 characters")
if any(not "a" <= ch <= "z" for ch in s):
    fail("s must hold lowercase letters only")
