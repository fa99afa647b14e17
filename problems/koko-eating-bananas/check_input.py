"""Input validator for koko-eating-bananas: 1 <= len(piles) <= 10^4, 1 <= piles[i] <= 10^9,
len(piles) <= h <= 10^9."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


args = json.load(sys.stdin)
piles = args.get("piles")
if not isinstance(piles, list) or not 1 <= len(piles) <= 10000:
    fail("piles must be a list of 1..10000 integers")
if not all(isinstance(x, int) and not isinstance(x, bool) and 1 <= x <= 10**9 for x in piles):
    fail("every piles[i] must be an integer in 1..10**9")

h = args.get("h")
if not isinstance(h, int) or not len(piles) <= h <= 10**9:
    fail("h must be an integer in len(piles)..10^9")
