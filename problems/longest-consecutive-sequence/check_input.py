"""Input validator for longest-consecutive-sequence: exits 0 if valid, else prints why and exits 1."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


data = json.load(sys.stdin)
if set(data) != {"nums"}:
    fail("expected exactly the argument nums")
nums = data["nums"]
if not isinstance(nums, list) or len(nums) > 10**5:
    fail("nums must be a list of at most 10^5 integers")
for x in nums:
    if not isinstance(x, int) or isinstance(x, bool) or not -10**9 <= x <= 10**9:
        fail("every value must be an integer in [-10^9, 10^9], got %r" % (x,))
