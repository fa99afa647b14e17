"""Input validator for maximum-product-subarray: reads {"nums": [...]} on stdin."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


data = json.load(sys.stdin)
if set(data) != {"nums"}:
    fail("expected exactly the argument nums")
nums = data["nums"]
if not isinstance(nums, list) or not 1 <= len(nums) <= 2 * 10**4:
    fail("nums must be a list of 1..2*10^4 values")
for x in nums:
    if type(x) is not int or not -10 <= x <= 10:
        fail("every nums[i] must be an integer in -10..10")
# Every factor has |x| >= 1 between zeros, so the largest |product| of a subarray is the product
# of a whole zero-free stretch.
magnitude = 1
for x in nums + [0]:
    if x == 0:
        magnitude = 1
        continue
    magnitude *= abs(x)
    if magnitude > 2**31 - 1:
        fail("the product of some subarray does not fit in a 32-bit signed integer")
