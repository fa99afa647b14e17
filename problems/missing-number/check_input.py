"""Input validator for missing-number: exits 0 if valid, else prints why and exits 1."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


data = json.load(sys.stdin)
if set(data) != {"nums"}:
    fail("expected exactly the argument nums")
nums = data["nums"]
if not isinstance(nums, list) or not 1 <= len(nums) <= 10**4:
    fail("nums must hold 1..10^4 values")
n = len(nums)
for x in nums:
    if not isinstance(x, int) or isinstance(x, bool) or not 0 <= x <= n:
        fail("values must be integers in [0, n], got %r" % (x,))
if len(set(nums)) != n:
    fail("values must be distinct")
