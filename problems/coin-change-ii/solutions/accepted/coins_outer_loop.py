class Solution:
    def change(self, amount: int, coins: List[int]) -> int:
        # ways[s]: ways to pay s with the coins seen so far. Coins in the outer loop, so every
        # combination is counted once, in the order of the coin list.
        ways = [1] + [0] * amount
        for c in coins:
            for s in range(c, amount + 1):
                ways[s] += ways[s - c]
        return ways[amount]
