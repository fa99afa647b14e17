"""Input validator for cheapest-flights-within-k-stops."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


data = json.load(sys.stdin)
if set(data) != {"n", "flights", "src", "dst", "k"}:
    fail("expected the arguments `n`, `flights`, `src`, `dst` and `k`")
n, flights, src, dst, k = (data[x] for x in ("n", "flights", "src", "dst", "k"))
if type(n) is not int or not 1 <= n <= 100:
    fail("n must be in 1..100")
if not isinstance(flights, list) or len(flights) > n * (n - 1) // 2:
    fail("flights.length must be at most n * (n - 1) / 2")
seen = set()
for f in flights:
    if not isinstance(f, list) or len(f) != 3 or any(type(x) is not int for x in f):
        fail("each flight must be three integers: %r" % (f,))
    a, b, p = f
    if not (0 <= a < n and 0 <= b < n) or a == b:
        fail("flight %r must join two different cities in 0..n-1" % (f,))
    if not 1 <= p <= 10**4:
        fail("price of %r must be in 1..10^4" % (f,))
    if (a, b) in seen:
        fail("two flights from %d to %d" % (a, b))
    seen.add((a, b))
for name, v in (("src", src), ("dst", dst), ("k", k)):
    if type(v) is not int or not 0 <= v < n:
        fail("%s must be in 0..n-1" % name)
if src == dst:
    fail("src and dst must differ")
