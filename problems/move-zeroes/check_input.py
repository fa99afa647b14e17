"""Input validator for move-zeroes: exits 0 if valid, else 1 with a reason."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


args = json.load(sys.stdin)
if set(args) != {"nums"}:
    fail("expected the argument nums")
nums = args["nums"]
if not isinstance(nums, list) or not 1 <= len(nums) <= 10**4:
    fail("nums must have 1..10^4 elements")
if any(type(v) is not int or not -2**31 <= v <= 2**31 - 1 for v in nums):
    fail("every nums[i] must be a 32-bit integer")
