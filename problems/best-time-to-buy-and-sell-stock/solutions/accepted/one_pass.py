class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        # Track the cheapest price so far; each day, try selling at today's price.
        lowest = prices[0]
        best = 0
        for p in prices:
            if p < lowest:
                lowest = p
            elif p - lowest > best:
                best = p - lowest
        return best
