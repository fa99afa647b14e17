"""Input validator for jump-game: 1 <= len(nums) <= 10000, 0 <= nums[i] <= 100000."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


args = json.load(sys.stdin)
nums = args.get("nums")
if not isinstance(nums, list) or not 1 <= len(nums) <= 10000:
    fail("nums must be a list of 1..10000 integers")
if not all(isinstance(x, int) and not isinstance(x, bool) and 0 <= x <= 100000 for x in nums):
    fail("every nums[i] must be an integer in 0..100000")
