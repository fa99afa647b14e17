"""Input validator for distinct-subsequences: reads {"s": ..., "t": ...} on stdin."""
import json
import string
import sys


def fail(why):
    print(why)
    sys.exit(1)


data = json.load(sys.stdin)
if set(data) != {"s", "t"}:
    fail("expected exactly the arguments s and t")
letters = set(string.ascii_letters)
for name in ("s", "t"):
    v = data[name]
    if not isinstance(v, str) or not 1 <= len(v) <= 1000:
        fail("%s must be a string of length 1..1000" % name)
    if any(c not in letters for c in v):
        fail("%s may hold only English letters" % name)
s, t = data["s"], data["t"]
CAP = 2**31  # saturating counts: all we need to know is whether the answer exceeds 2^31 - 1
ways = [1] + [0] * len(t)  # ways[j]: ways to spell t[:j] within the prefix of s seen so far
for c in s:
    for j in range(len(t), 0, -1):
        if t[j - 1] == c:
            v = ways[j] + ways[j - 1]
            ways[j] = v if v < CAP else CAP
if ways[-1] >= CAP:
    fail("the answer must fit in a 32-bit signed integer")
