"""Input validator for asteroid-collision: exits 0 if valid, else prints why and exits 1."""
import json
import sys

data = json.load(sys.stdin)
if set(data) != {"asteroids"}:
    print("expected exactly the argument asteroids")
    sys.exit(1)
a = data["asteroids"]
if (not isinstance(a, list) or not 2 <= len(a) <= 10**4
        or not all(isinstance(x, int) and not isinstance(x, bool) and -1000 <= x <= 1000 and x != 0
                   for x in a)):
    print("asteroids must hold 2..10^4 non-zero integers in [-1000, 1000]")
    sys.exit(1)
