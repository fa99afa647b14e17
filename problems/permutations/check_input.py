"""Input validator for permutations: exits 0 if the arguments are valid, else 1 with a reason."""
import json
import sys

nums = json.load(sys.stdin)["nums"]
if not 1 <= len(nums) <= 6:
    print("need 1 <= nums.length <= 6")
    sys.exit(1)
if any(not -10 <= x <= 10 for x in nums):
    print("every nums[i] must be in [-10, 10]")
    sys.exit(1)
if len(set(nums)) != len(nums):
    print("the entries of nums must be different")
    sys.exit(1)
