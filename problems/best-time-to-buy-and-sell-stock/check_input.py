"""Input validator for best-time-to-buy-and-sell-stock: 1 <= n <= 10^5, 0 <= prices[i] <= 10^4."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


prices = json.load(sys.stdin).get("prices")
if not isinstance(prices, list) or not 1 <= len(prices) <= 10**5:
    fail("prices must be a list of 1..10^5 integers")
if not all(isinstance(x, int) and 0 <= x <= 10**4 for x in prices):
    fail("every prices[i] must be an integer in 0..10^4")
