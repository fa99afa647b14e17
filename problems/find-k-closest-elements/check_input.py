"""Input validator for find-k-closest-elements: exits 0 if valid, else prints why and exits 1."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


data = json.load(sys.stdin)
if set(data) != {"arr", "k", "x"}:
    fail("expected exactly the arguments arr, k and x")
a, k, x = data["arr"], data["k"], data["x"]
if not isinstance(a, list) or not 1 <= len(a) <= 10**4:
    fail("arr must hold 1..10^4 values")
if not all(is_int(v) and -10**4 <= v <= 10**4 for v in a):
    fail("values must be integers in [-10^4, 10^4]")
if any(a[i] > a[i + 1] for i in range(len(a) - 1)):
    fail("arr must be sorted")
if not is_int(k) or not 1 <= k <= len(a):
    fail("k must be in 1..arr.length")
if not is_int(x) or not -10**4 <= x <= 10**4:
    fail("x must be an integer in [-10^4, 10^4]")
