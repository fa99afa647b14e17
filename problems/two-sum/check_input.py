"""Input validator for two-sum: exits 0 if the arguments on stdin are valid, else 1 with a reason."""
import collections
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


args = json.load(sys.stdin)
nums, target = args["nums"], args["target"]
if not 2 <= len(nums) <= 10**4:
    fail("need 2 <= nums.length <= 10^4, got %d" % len(nums))
if any(not -10**9 <= x <= 10**9 for x in nums):
    fail("every nums[i] must be in [-10^9, 10^9]")
if not -10**9 <= target <= 10**9:
    fail("target must be in [-10^9, 10^9]")
count = collections.Counter(nums)
pairs = 0
for x, c in count.items():
    y = target - x
    if y == x:
        pairs += c * (c - 1) // 2
    elif x < y and y in count:
        pairs += c * count[y]
if pairs != 1:
    fail("exactly one pair must add up to the target, found %d" % pairs)
