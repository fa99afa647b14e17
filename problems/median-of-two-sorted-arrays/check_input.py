"""Input validator for median-of-two-sorted-arrays: exits 0 if valid, else exits 1."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


data = json.load(sys.stdin)
if set(data) != {"nums1", "nums2"}:
    fail("expected exactly the arguments nums1 and nums2")
a, b = data["nums1"], data["nums2"]
for name, v in (("nums1", a), ("nums2", b)):
    if not isinstance(v, list) or len(v) > 1000:
        fail("%s must hold at most 1000 values" % name)
    if not all(isinstance(x, int) and not isinstance(x, bool) and -10**6 <= x <= 10**6 for x in v):
        fail("%s values must be integers in [-10^6, 10^6]" % name)
    if any(v[i] > v[i + 1] for i in range(len(v) - 1)):
        fail("%s must be sorted" % name)
if len(a) + len(b) < 1:
    fail("the two lists together must hold at least one value")
