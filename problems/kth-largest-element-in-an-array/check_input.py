"""Input validator for kth-largest-element-in-an-array: 1 <= len(nums) <= 100000, -10**4 <= nums[i] <= 10**4."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


args = json.load(sys.stdin)
nums = args.get("nums")
if not isinstance(nums, list) or not 1 <= len(nums) <= 100000:
    fail("nums must be a list of 1..100000 integers")
if not all(isinstance(x, int) and not isinstance(x, bool) and -10**4 <= x <= 10**4 for x in nums):
    fail("every nums[i] must be an integer in -10**4..10**4")

k = args.get("k")
if not isinstance(k, int) or not 1 <= k <= len(nums):
    fail("k must be an integer in 1..len(nums)")
