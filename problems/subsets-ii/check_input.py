"""Input validator for subsets-ii: 1 <= n <= 10, -10 <= nums[i] <= 10."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


data = json.load(sys.stdin)
if set(data) != {"nums"}:
    fail("expected exactly the argument `nums`")
nums = data["nums"]
if not isinstance(nums, list) or not 1 <= len(nums) <= 10:
    fail("nums.length must be in 1..10")
for v in nums:
    if type(v) is not int or not -10 <= v <= 10:
        fail("value %r is outside -10..10" % (v,))
