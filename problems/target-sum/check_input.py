"""Input validator for target-sum: reads {"nums": [...], "target": T} on stdin."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


data = json.load(sys.stdin)
if set(data) != {"nums", "target"}:
    fail("expected exactly the arguments nums and target")
nums, target = data["nums"], data["target"]
if not isinstance(nums, list) or not 1 <= len(nums) <= 20:
    fail("nums must be a list of 1..20 values")
for x in nums:
    if type(x) is not int or not 0 <= x <= 1000:
        fail("every nums[i] must be an integer in 0..1000")
if sum(nums) > 1000:
    fail("sum(nums) must be at most 1000")
if type(target) is not int or not -1000 <= target <= 1000:
    fail("target must be an integer in -1000..1000")
