class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        # Bug: ignores the order of the days, so it may "sell" before it "buys".
        return max(prices) - min(prices)
