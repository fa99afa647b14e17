"""Input validator for convert-sorted-array-to-binary-search-tree: exits 0 if valid, else 1."""
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
if any(type(v) is not int or not -10**4 <= v <= 10**4 for v in nums):
    fail("values must be integers in -10^4..10^4")
if any(a >= b for a, b in zip(nums, nums[1:])):
    fail("nums must be strictly increasing")
