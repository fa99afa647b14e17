"""Input validator for car-fleet: exits 0 if valid, else prints why and exits 1."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


data = json.load(sys.stdin)
if set(data) != {"target", "position", "speed"}:
    fail("expected exactly the arguments target, position and speed")
t, pos, sp = data["target"], data["position"], data["speed"]
if not is_int(t) or not 0 < t <= 10**6:
    fail("target must be an integer in 1..10^6")
if not isinstance(pos, list) or not isinstance(sp, list) or len(pos) != len(sp):
    fail("position and speed must be lists of the same length")
if not 1 <= len(pos) <= 10**5:
    fail("n must be in 1..10^5")
if not all(is_int(p) and 0 <= p < t for p in pos):
    fail("every position must be an integer in [0, target)")
if len(set(pos)) != len(pos):
    fail("positions must be distinct")
if not all(is_int(s) and 0 < s <= 10**6 for s in sp):
    fail("every speed must be an integer in 1..10^6")
