"""Input validator for two-sum-ii-input-array-is-sorted: exits 0 if valid, else exits 1."""
import json
import sys
from collections import Counter


def fail(why):
    print(why)
    sys.exit(1)


data = json.load(sys.stdin)
if set(data) != {"numbers", "target"}:
    fail("expected exactly the arguments numbers and target")
a, t = data["numbers"], data["target"]
if not isinstance(a, list) or not 2 <= len(a) <= 3 * 10**4:
    fail("numbers must hold 2..3*10^4 values")
for x in a:
    if not isinstance(x, int) or isinstance(x, bool) or not -1000 <= x <= 1000:
        fail("values must be integers in [-1000, 1000], got %r" % (x,))
if any(a[i] > a[i + 1] for i in range(len(a) - 1)):
    fail("numbers must be sorted in non-decreasing order")
if not isinstance(t, int) or isinstance(t, bool) or not -1000 <= t <= 1000:
    fail("target must be an integer in [-1000, 1000]")
cnt = Counter(a)
pairs = 0
for v, c in cnt.items():
    w = t - v
    if v < w:
        pairs += c * cnt.get(w, 0)
    elif v == w:
        pairs += c * (c - 1) // 2
if pairs != 1:
    fail("exactly one pair of positions must add up to target, found %d" % pairs)
