"""Input validator for house-robber-ii: reads {"nums": [...]} on stdin."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


data = json.load(sys.stdin)
if set(data) != {"nums"}:
    fail("expected exactly the argument nums")
nums = data["nums"]
if not isinstance(nums, list) or not 1 <= len(nums) <= 100:
    fail("nums must be a list of 1..100 values")
for x in nums:
    if type(x) is not int or not 0 <= x <= 1000:
        fail("every nums[i] must be an integer in 0..1000")
