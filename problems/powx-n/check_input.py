"""Input validator for powx-n: exits 0 if valid, else prints why and exits 1."""
import json
import math
import sys


def fail(why):
    print(why)
    sys.exit(1)


data = json.load(sys.stdin)
if set(data) != {"x", "n"}:
    fail("expected exactly the arguments x and n")
x, n = data["x"], data["n"]
if isinstance(x, bool) or not isinstance(x, (int, float)) or not -100 < x < 100:
    fail("x must be a number strictly between -100 and 100")
if isinstance(n, bool) or not isinstance(n, int) or not -2**31 <= n < 2**31:
    fail("n must be a 32-bit integer")
if x == 0:
    if n <= 0:
        fail("when x is 0, n must be positive")
elif n != 0 and n * math.log(abs(x)) > math.log(10**4) + 1e-9:
    fail("|x^n| must be at most 10^4")
