"""Input validator for decode-ways: reads {"s": "..."} on stdin."""
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
if any(not "0" <= c <= "9" for c in s):
    fail("s may hold only digits")
ways = [1] + [0] * len(s)
for i in range(1, len(s) + 1):
    if s[i - 1] != "0":
        ways[i] += ways[i - 1]
    if i >= 2 and s[i - 2] != "0" and int(s[i - 2:i]) <= 26:
        ways[i] += ways[i - 2]
if ways[-1] > 2**31 - 1:
    fail("the answer must fit in a 32-bit signed integer")
