"""Input validator for coin-change-ii: reads {"amount": A, "coins": [...]} on stdin."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


data = json.load(sys.stdin)
if set(data) != {"amount", "coins"}:
    fail("expected exactly the arguments amount and coins")
amount, coins = data["amount"], data["coins"]
if type(amount) is not int or not 0 <= amount <= 5000:
    fail("amount must be an integer in 0..5000")
if not isinstance(coins, list) or not 1 <= len(coins) <= 300:
    fail("coins must be a list of 1..300 values")
for c in coins:
    if type(c) is not int or not 1 <= c <= 5000:
        fail("every coin must be an integer in 1..5000")
if len(set(coins)) != len(coins):
    fail("coin values must be different")
CAP = 2**31  # saturating counts: all we need to know is whether the answer exceeds 2^31 - 1
ways = [1] + [0] * amount
for c in coins:
    for s in range(c, amount + 1):
        v = ways[s] + ways[s - c]
        ways[s] = v if v < CAP else CAP
if ways[amount] >= CAP:
    fail("the answer must fit in a 32-bit signed integer")
