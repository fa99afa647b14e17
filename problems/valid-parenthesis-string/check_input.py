"""Input validator for valid-parenthesis-string: reads {"s": "..."} on stdin."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


data = json.load(sys.stdin)
if set(data) != {"s"}:
    fail("expected exactly the argument s")
s = data["s"]
if not isinstance(s, str) or not 1 <= len(s) <= 100:
    fail("s must be a string of length 1..100")
if any(c not in "()*" for c in s):
    fail("s may hold only '(', ')' and '*'")
