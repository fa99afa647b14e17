"""Generates coin-change-ii inputs: python3 gen.py SEED AMOUNT COUNT MODE.

MODE:
  `wide`   COUNT different coins from LOW..5000 (LOW = 200, raised until the answer fits in 32
           bits); many ways, counts of smaller amounts overflow nothing.
  `even`   the even coins 2, 4, 6, ...; AMOUNT is odd so the answer is 0, while the counts of the
           even amounts below it are astronomically large (32-bit overflow in the middle) and a
           search without memory explores all of them.
  `small`  COUNT small coins, chosen so the answer is between 10^8 and 2^31 - 1.
"""
import json
import random
import sys

seed, amount, count, mode = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
rng = random.Random(seed)


def ways(amount, coins):
    dp = [1] + [0] * amount
    for c in coins:
        for s in range(c, amount + 1):
            dp[s] += dp[s - c]
    return dp[amount]


if mode == "even":
    coins = [2 * (i + 1) for i in range(count)]
elif mode == "small":
    while True:
        coins = rng.sample(range(3, 60), count)
        if 10**8 <= ways(amount, coins) < 2**31:
            break
else:
    low = 200
    while True:
        coins = rng.sample(range(low, 5001), count)
        if ways(amount, coins) < 2**31:
            break
        low += 50
rng.shuffle(coins)
print(json.dumps({"amount": amount, "coins": coins}))
