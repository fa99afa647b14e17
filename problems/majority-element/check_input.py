"""Input validator for majority-element: exits 0 if valid, else prints why and exits 1."""
import json
import sys
from collections import Counter


def fail(why):
    print(why)
    sys.exit(1)


data = json.load(sys.stdin)
if set(data) != {"nums"}:
    fail("expected exactly the argument nums")
nums = data["nums"]
if not isinstance(nums, list) or not 1 <= len(nums) <= 5 * 10**4:
    fail("nums must hold 1..5*10^4 values")
if not all(isinstance(x, int) and not isinstance(x, bool) and -10**9 <= x <= 10**9 for x in nums):
    fail("values must be integers in [-10^9, 10^9]")
if Counter(nums).most_common(1)[0][1] * 2 <= len(nums):
    fail("some value must occur more than n / 2 times")
