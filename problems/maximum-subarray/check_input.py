"""Input validator for maximum-subarray: reads {"nums": [...]} on stdin."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


data = json.load(sys.stdin)
if set(data) != {"nums"}:
    fail("expected exactly the argument nums")
nums = data["nums"]
if not isinstance(nums, list) or not 1 <= len(nums) <= 10**5:
    fail("nums must be a list of 1..10^5 values")
for x in nums:
    if type(x) is not int or not -10**4 <= x <= 10**4:
        fail("every nums[i] must be an integer in -10^4..10^4")
