"""Input validator for combination-sum-iv: reads {"nums": [...], "target": T} on stdin."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


data = json.load(sys.stdin)
if set(data) != {"nums", "target"}:
    fail("expected exactly the arguments nums and target")
nums, target = data["nums"], data["target"]
if not isinstance(nums, list) or not 1 <= len(nums) <= 200:
    fail("nums must be a list of 1..200 values")
for x in nums:
    if type(x) is not int or not 1 <= x <= 1000:
        fail("every nums[i] must be an integer in 1..1000")
if len(set(nums)) != len(nums):
    fail("the values of nums must be different")
if type(target) is not int or not 1 <= target <= 1000:
    fail("target must be an integer in 1..1000")
CAP = 2**31  # saturating counts: all we need to know is whether the answer exceeds 2^31 - 1
ways = [1] + [0] * target
for t in range(1, target + 1):
    v = 0
    for x in nums:
        if x <= t:
            v += ways[t - x]
    ways[t] = v if v < CAP else CAP
if ways[target] >= CAP:
    fail("the answer must fit in a 32-bit signed integer")
