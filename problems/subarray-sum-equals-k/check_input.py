"""Input validator for subarray-sum-equals-k: exits 0 if valid, else prints why and exits 1."""
import json
import sys

data = json.load(sys.stdin)
if set(data) != {"nums", "k"}:
    print("expected exactly the arguments nums and k")
    sys.exit(1)
nums, k = data["nums"], data["k"]
if (not isinstance(nums, list) or not 1 <= len(nums) <= 2 * 10**4
        or not all(isinstance(x, int) and not isinstance(x, bool) and -1000 <= x <= 1000 for x in nums)):
    print("nums must hold 1..2*10^4 integers in [-1000, 1000]")
    sys.exit(1)
if not isinstance(k, int) or isinstance(k, bool) or not -10**7 <= k <= 10**7:
    print("k must be an integer in [-10^7, 10^7]")
    sys.exit(1)
