"""Input validator for longest-palindromic-substring: reads {"s": "..."} on stdin."""
import json
import string
import sys


def fail(why):
    print(why)
    sys.exit(1)


data = json.load(sys.stdin)
if set(data) != {"s"}:
    fail("expected exactly the argument s")
s = data["s"]
if not isinstance(s, str) or not 1 <= len(s) <= 1000:
    fail("s must be a string of length 1..1000")
allowed = set(string.ascii_letters + string.digits)
if any(c not in allowed for c in s):
    fail("s may hold only digits and English letters")
