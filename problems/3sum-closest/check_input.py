"""Input validator for 3sum-closest: exits 0 if valid, else prints why and exits 1.

Also checks that the closest sum is unique (target - d and target + d are not both reachable).
"""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


data = json.load(sys.stdin)
if set(data) != {"nums", "target"}:
    fail("expected exactly the arguments nums and target")
nums, target = data["nums"], data["target"]
if not isinstance(nums, list) or not 3 <= len(nums) <= 500:
    fail("nums must hold 3..500 values")
if not all(isinstance(x, int) and not isinstance(x, bool) and -1000 <= x <= 1000 for x in nums):
    fail("values must be integers in [-1000, 1000]")
if not isinstance(target, int) or isinstance(target, bool) or not -10**4 <= target <= 10**4:
    fail("target must be an integer in [-10^4, 10^4]")
a = sorted(nums)
n = len(a)


def closest(t):
    best = None
    for i in range(n - 2):
        lo, hi = i + 1, n - 1
        while lo < hi:
            s = a[i] + a[lo] + a[hi]
            if best is None or abs(s - t) < abs(best - t):
                best = s
            if s < t:
                lo += 1
            elif s > t:
                hi -= 1
            else:
                return s
    return best


def reachable(v):
    return closest(v) == v


best = closest(target)
d = abs(best - target)
if d > 0 and reachable(target - d) and reachable(target + d):
    fail("two sums (%d and %d) are equally close to target" % (target - d, target + d))
