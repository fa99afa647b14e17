"""Input validator for interleaving-string: reads {"s1": ..., "s2": ..., "s3": ...} on stdin."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


data = json.load(sys.stdin)
if set(data) != {"s1", "s2", "s3"}:
    fail("expected exactly the arguments s1, s2 and s3")
for name, limit in (("s1", 100), ("s2", 100), ("s3", 200)):
    s = data[name]
    if not isinstance(s, str) or len(s) > limit:
        fail("%s must be a string of length at most %d" % (name, limit))
    if any(not "a" <= c <= "z" for c in s):
        fail("%s may hold only lowercase English letters" % name)
