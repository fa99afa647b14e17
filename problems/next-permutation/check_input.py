"""Input validator for next-permutation: exits 0 if valid, else 1 with a reason."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


args = json.load(sys.stdin)
if set(args) != {"nums"}:
    fail("expected the argument nums")
nums = args["nums"]
if not isinstance(nums, list) or not 1 <= len(nums) <= 100:
    fail("nums must have 1..100 elements")
if any(type(v) is not int or not 0 <= v <= 100 for v in nums):
    fail("every nums[i] must be in 0..100")
