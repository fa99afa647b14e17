class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        # Bug: starts as if a share were already held for free.
        hold, sold, free = 0, 0, 0
        for p in prices:
            hold, sold, free = max(hold, free - p), hold + p, max(free, sold)
        return max(sold, free)
