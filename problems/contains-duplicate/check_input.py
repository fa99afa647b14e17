"""Input validator for contains-duplicate: 1 <= len(nums) <= 100000, -10**9 <= nums[i] <= 10**9."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


args = json.load(sys.stdin)
nums = args.get("nums")
if not isinstance(nums, list) or not 1 <= len(nums) <= 100000:
    fail("nums must be a list of 1..100000 integers")
if not all(isinstance(x, int) and not isinstance(x, bool) and -10**9 <= x <= 10**9 for x in nums):
    fail("every nums[i] must be an integer in -10**9..10**9")
