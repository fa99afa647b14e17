"""Input validator for rotate-array: exits 0 if valid, else 1 with a reason."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


args = json.load(sys.stdin)
if set(args) != {"nums", "k"}:
    fail("expected the arguments nums and k")
nums, k = args["nums"], args["k"]
if not isinstance(nums, list) or not 1 <= len(nums) <= 10**5:
    fail("nums must have 1..10^5 elements")
if any(type(v) is not int or not -2**31 <= v <= 2**31 - 1 for v in nums):
    fail("every nums[i] must be a 32-bit integer")
if type(k) is not int or not 0 <= k <= 10**5:
    fail("k must be in 0..10^5")
