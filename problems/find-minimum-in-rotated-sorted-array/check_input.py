"""Input validator for find-minimum-in-rotated-sorted-array: exits 0 if valid, else exits 1."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


data = json.load(sys.stdin)
if set(data) != {"nums"}:
    fail("expected exactly the argument nums")
nums = data["nums"]
if not isinstance(nums, list) or not 1 <= len(nums) <= 5000:
    fail("nums must hold 1..5000 values")
for x in nums:
    if not isinstance(x, int) or isinstance(x, bool) or not -5000 <= x <= 5000:
        fail("values must be integers in [-5000, 5000], got %r" % (x,))
if len(set(nums)) != len(nums):
    fail("values must be distinct")
drops = sum(1 for i in range(len(nums)) if nums[i] > nums[(i + 1) % len(nums)])
if len(nums) > 1 and drops != 1:
    fail("nums must be an increasing list rotated (found %d descents around the circle)" % drops)
