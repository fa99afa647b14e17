"""Input validator for top-k-frequent-elements: exits 0 if the arguments are valid, else 1."""
import collections
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


args = json.load(sys.stdin)
nums, k = args["nums"], args["k"]
if not 1 <= len(nums) <= 10**5:
    fail("need 1 <= nums.length <= 10^5")
if any(not -10**4 <= x <= 10**4 for x in nums):
    fail("every nums[i] must be in [-10^4, 10^4]")
counts = sorted(collections.Counter(nums).values(), reverse=True)
if not 1 <= k <= len(counts):
    fail("need 1 <= k <= number of distinct values")
if k < len(counts) and counts[k - 1] == counts[k]:
    fail("the set of the k most frequent values must be unique")
