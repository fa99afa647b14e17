"""Input validator for sort-colors: exits 0 if valid, else 1 with a reason."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


args = json.load(sys.stdin)
if set(args) != {"nums"}:
    fail("expected the argument nums")
nums = args["nums"]
if not isinstance(nums, list) or not 1 <= len(nums) <= 300:
    fail("nums must have 1..300 elements")
if any(type(v) is not int or v not in (0, 1, 2) for v in nums):
    fail("every nums[i] must be 0, 1 or 2")
