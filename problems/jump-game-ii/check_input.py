"""Input validator for jump-game-ii: reads {"nums": [...]} on stdin."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


data = json.load(sys.stdin)
if set(data) != {"nums"}:
    fail("expected exactly the argument nums")
nums = data["nums"]
if not isinstance(nums, list) or not 1 <= len(nums) <= 10**4:
    fail("nums must be a list of 1..10^4 values")
for x in nums:
    if type(x) is not int or not 0 <= x <= 1000:
        fail("every nums[i] must be an integer in 0..1000")
reach = 0
for i, x in enumerate(nums):
    if i > reach:
        fail("the last index must be reachable")
    reach = max(reach, i + x)
