"""Input validator for combination-sum-ii."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


data = json.load(sys.stdin)
if set(data) != {"candidates", "target"}:
    fail("expected the arguments `candidates` and `target`")
c, t = data["candidates"], data["target"]
if not isinstance(c, list) or not 1 <= len(c) <= 100:
    fail("candidates.length must be in 1..100")
for v in c:
    if type(v) is not int or not 1 <= v <= 50:
        fail("candidate %r is outside 1..50" % (v,))
if type(t) is not int or not 1 <= t <= 30:
    fail("target must be in 1..30")
