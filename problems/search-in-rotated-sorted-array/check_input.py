"""Input validator for search-in-rotated-sorted-array: exits 0 if the arguments are valid."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


args = json.load(sys.stdin)
nums, target = args["nums"], args["target"]
if not 1 <= len(nums) <= 5000:
    fail("need 1 <= nums.length <= 5000")
if any(not -10**4 <= x <= 10**4 for x in nums) or not -10**4 <= target <= 10**4:
    fail("values and target must be in [-10^4, 10^4]")
if len(set(nums)) != len(nums):
    fail("the values of nums must be different")
drops = sum(1 for a, b in zip(nums, nums[1:]) if a > b)
if drops > 1 or (drops == 1 and nums[-1] > nums[0]):
    fail("nums must be an increasing list rotated at one point")
