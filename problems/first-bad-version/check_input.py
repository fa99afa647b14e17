"""Input validator for first-bad-version: exits 0 if valid, else 1 with a reason."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


args = json.load(sys.stdin)
if set(args) != {"n", "bad"}:
    fail("expected the arguments n and bad")
n, bad = args["n"], args["bad"]
if type(n) is not int or type(bad) is not int or not 1 <= bad <= n <= 2**31 - 1:
    fail("need 1 <= bad <= n <= 2^31 - 1")
