class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        # best(i, holding): most profit from day i on. Bottom-up to avoid deep recursion.
        n = len(prices)
        free = [0] * (n + 2)  # best(i, not holding)
        held = [0] * (n + 2)  # best(i, holding)
        for i in range(n - 1, -1, -1):
            free[i] = max(free[i + 1], held[i + 1] - prices[i])
            held[i] = max(held[i + 1], free[i + 2] + prices[i])
        return free[0]
