"""Input validator for product-of-array-except-self: exits 0 if the arguments are valid."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


nums = json.load(sys.stdin)["nums"]
if not 2 <= len(nums) <= 10**5:
    fail("need 2 <= nums.length <= 10^5")
if any(not -30 <= x <= 30 for x in nums):
    fail("every nums[i] must be in [-30, 30]")
for order in (nums, nums[::-1]):
    p = 1
    for x in order:
        p *= x
        if not -2**31 <= p < 2**31:
            fail("a prefix or suffix product does not fit in 32 bits")
