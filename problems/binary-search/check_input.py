"""Input validator for binary-search: 1 <= n <= 10^4, -10^4 < nums[i], target < 10^4,
nums strictly increasing."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


args = json.load(sys.stdin)
nums, target = args.get("nums"), args.get("target")
if not isinstance(nums, list) or not 1 <= len(nums) <= 10**4:
    fail("nums must be a list of 1..10^4 integers")
if not all(isinstance(x, int) and -10**4 < x < 10**4 for x in nums):
    fail("every nums[i] must be an integer strictly between -10^4 and 10^4")
if not isinstance(target, int) or not -10**4 < target < 10**4:
    fail("target must be an integer strictly between -10^4 and 10^4")
if any(a >= b for a, b in zip(nums, nums[1:])):
    fail("nums must be strictly increasing (sorted, all different)")
