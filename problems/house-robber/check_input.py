"""Input validator for house-robber: 1 <= len(nums) <= 100, 0 <= nums[i] <= 400."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


args = json.load(sys.stdin)
nums = args.get("nums")
if not isinstance(nums, list) or not 1 <= len(nums) <= 100:
    fail("nums must be a list of 1..100 integers")
if not all(isinstance(x, int) and not isinstance(x, bool) and 0 <= x <= 400 for x in nums):
    fail("every nums[i] must be an integer in 0..400")
