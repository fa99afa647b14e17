class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        # Best profit at the end of each day in three states: holding a share, just sold
        # (cooldown tomorrow), or free to buy.
        hold, sold, free = float("-inf"), 0, 0
        for p in prices:
            hold, sold, free = max(hold, free - p), hold + p, max(free, sold)
        return max(sold, free)
