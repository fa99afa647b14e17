"""Input validator for network-delay-time: exits 0 if the arguments are valid, else 1."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


args = json.load(sys.stdin)
times, n, k = args["times"], args["n"], args["k"]
if not 1 <= k <= n <= 100:
    fail("need 1 <= k <= n <= 100")
if not 1 <= len(times) <= 6000:
    fail("need 1 <= times.length <= 6000, got %d" % len(times))
pairs = set()
for t in times:
    if len(t) != 3:
        fail("every link is [u, v, w]")
    u, v, w = t
    if not (1 <= u <= n and 1 <= v <= n and u != v and 0 <= w <= 100):
        fail("bad link %s: need 1 <= u, v <= n, u != v, 0 <= w <= 100" % t)
    if (u, v) in pairs:
        fail("link (%d, %d) appears twice" % (u, v))
    pairs.add((u, v))
