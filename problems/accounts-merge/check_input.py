"""Input validator for accounts-merge."""
import json
import re
import sys


def fail(why):
    print(why)
    sys.exit(1)


data = json.load(sys.stdin)
if set(data) != {"accounts"}:
    fail("expected exactly the argument `accounts`")
accounts = data["accounts"]
if not isinstance(accounts, list) or not 1 <= len(accounts) <= 1000:
    fail("accounts.length must be in 1..1000")
email_re = re.compile(r"^[A-Za-z0-9._]+@[A-Za-z0-9]+(\.[A-Za-z0-9]+)+$")
owner = {}
for i, acc in enumerate(accounts):
    if not isinstance(acc, list) or not 2 <= len(acc) <= 10:
        fail("account %d must have 2..10 entries" % i)
    if any(not isinstance(s, str) or not 1 <= len(s) <= 30 for s in acc):
        fail("account %d: every entry must be a string of 1..30 characters" % i)
    name = acc[0]
    if not name.isascii() or not name.isalpha():
        fail("account %d: the name must be English letters" % i)
    for e in acc[1:]:
        if not email_re.match(e):
            fail("account %d: %r is not an email address" % (i, e))
        if owner.setdefault(e, name) != name:
            fail("email %r appears under two different names" % e)
