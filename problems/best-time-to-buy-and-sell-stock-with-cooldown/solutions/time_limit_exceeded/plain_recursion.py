class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        # Act or wait on each day, without memoisation: exponential.
        n = len(prices)

        def best(i, holding):
            if i >= n:
                return 0
            wait = best(i + 1, holding)
            if holding:
                return max(wait, prices[i] + best(i + 2, False))
            return max(wait, best(i + 1, True) - prices[i])

        return best(0, False)
