"""Input validator for sliding-window-maximum: exits 0 if the arguments are valid, else 1."""
import json
import sys

args = json.load(sys.stdin)
nums, k = args["nums"], args["k"]
if not 1 <= len(nums) <= 10**5:
    print("need 1 <= nums.length <= 10^5")
    sys.exit(1)
if any(not -10**4 <= x <= 10**4 for x in nums):
    print("every nums[i] must be in [-10^4, 10^4]")
    sys.exit(1)
if not 1 <= k <= len(nums):
    print("need 1 <= k <= nums.length")
    sys.exit(1)
