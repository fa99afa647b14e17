"""Input validator for last-stone-weight: reads {"stones": [...]} on stdin."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


data = json.load(sys.stdin)
if set(data) != {"stones"}:
    fail("expected exactly the argument stones")
stones = data["stones"]
if not isinstance(stones, list) or not 1 <= len(stones) <= 30:
    fail("stones must be a list of 1..30 weights")
for x in stones:
    if type(x) is not int or not 1 <= x <= 1000:
        fail("every stone weight must be an integer in 1..1000")
