"""Input validator for smallest-range-covering-elements-from-k-lists: 1 <= k <= 3500 lists of
1..50 values in -10^5..10^5, each sorted in non-decreasing order."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


data = json.load(sys.stdin)
if set(data) != {"nums"}:
    fail("expected the argument `nums`")
nums = data["nums"]
if not isinstance(nums, list) or not 1 <= len(nums) <= 3500:
    fail("k must be in 1..3500")
for i, row in enumerate(nums):
    if not isinstance(row, list) or not 1 <= len(row) <= 50:
        fail("nums[%d] must have 1..50 values" % i)
    if any(type(v) is not int or not -10**5 <= v <= 10**5 for v in row):
        fail("nums[%d] has a value outside -10^5..10^5" % i)
    if any(a > b for a, b in zip(row, row[1:])):
        fail("nums[%d] is not sorted in non-decreasing order" % i)
