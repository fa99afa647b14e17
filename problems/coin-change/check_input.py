"""Input validator for coin-change: 1..12 coins in 1..2^31-1, 0 <= amount <= 10^4."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


args = json.load(sys.stdin)
coins, amount = args.get("coins"), args.get("amount")
if not isinstance(coins, list) or not 1 <= len(coins) <= 12:
    fail("coins must be a list of 1..12 integers")
if not all(isinstance(c, int) and 1 <= c <= 2**31 - 1 for c in coins):
    fail("every coins[i] must be in 1..2^31-1")
if not isinstance(amount, int) or not 0 <= amount <= 10**4:
    fail("amount must be in 0..10^4")
