class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        # Bug: greedy, always takes as many of the largest coin as fit.
        count = 0
        for c in sorted(coins, reverse=True):
            count += amount // c
            amount %= c
        return count if amount == 0 else -1
