"""Input validator for best-time-to-buy-and-sell-stock-with-cooldown: reads {"prices": [...]}."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


data = json.load(sys.stdin)
if set(data) != {"prices"}:
    fail("expected exactly the argument prices")
prices = data["prices"]
if not isinstance(prices, list) or not 1 <= len(prices) <= 5000:
    fail("prices must be a list of 1..5000 values")
for x in prices:
    if type(x) is not int or not 0 <= x <= 1000:
        fail("every price must be an integer in 0..1000")
