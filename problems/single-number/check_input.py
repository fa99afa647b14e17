"""Input validator for single-number: exits 0 if valid, else prints why and exits 1."""
import json
import sys
from collections import Counter


def fail(why):
    print(why)
    sys.exit(1)


data = json.load(sys.stdin)
if set(data) != {"nums"}:
    fail("expected exactly the argument nums")
nums = data["nums"]
if not isinstance(nums, list) or not 1 <= len(nums) <= 3 * 10**4:
    fail("nums must hold 1..3*10^4 values")
if not all(isinstance(x, int) and not isinstance(x, bool) and -3 * 10**4 <= x <= 3 * 10**4
           for x in nums):
    fail("values must be integers in [-3*10^4, 3*10^4]")
counts = Counter(nums).values()
if sorted(set(counts)) not in ([1], [1, 2]) or list(counts).count(1) != 1:
    fail("exactly one value must occur once and every other value exactly twice")
