"""Input validator for letter-combinations-of-a-phone-number."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


data = json.load(sys.stdin)
if set(data) != {"digits"}:
    fail("expected exactly the argument `digits`")
d = data["digits"]
if not isinstance(d, str) or len(d) > 4:
    fail("digits must have at most 4 characters")
if any(ch not in "23456789" for ch in d):
    fail("digits may only hold the keys 2..9")
