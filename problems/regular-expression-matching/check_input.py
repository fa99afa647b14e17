"""Input validator for regular-expression-matching: reads {"s": ..., "p": ...} on stdin."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


data = json.load(sys.stdin)
if set(data) != {"s", "p"}:
    fail("expected exactly the arguments s and p")
s, p = data["s"], data["p"]
if not isinstance(s, str) or not 1 <= len(s) <= 20 or any(not "a" <= c <= "z" for c in s):
    fail("s must be 1..20 lowercase English letters")
if not isinstance(p, str) or not 1 <= len(p) <= 20:
    fail("p must have length 1..20")
for i, c in enumerate(p):
    if not ("a" <= c <= "z" or c in ".*"):
        fail("p may hold only lowercase letters, '.' and '*'")
    if c == "*" and (i == 0 or p[i - 1] == "*"):
        fail("every '*' must follow a letter or '.'")
