"""Input validator for 3sum: 3 <= len(nums) <= 3000, -10^5 <= nums[i] <= 10^5."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


args = json.load(sys.stdin)
nums = args.get("nums")
if not isinstance(nums, list) or not 3 <= len(nums) <= 3000:
    fail("nums must be a list of 3..3000 integers")
if not all(isinstance(x, int) and -10**5 <= x <= 10**5 for x in nums):
    fail("every nums[i] must be an integer in -10^5..10^5")
