"""Input validator for valid-palindrome: exits 0 if valid, else prints why and exits 1."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


data = json.load(sys.stdin)
if set(data) != {"s"}:
    fail("expected exactly the argument s")
s = data["s"]
if not isinstance(s, str) or not 1 <= len(s) <= 2 * 10**5:
    fail("s must be a string of length 1..2*10^5")
bad = [c for c in s if not 32 <= ord(c) <= 126]
if bad:
    fail("s must hold printable ASCII only, found %r" % bad[0])
