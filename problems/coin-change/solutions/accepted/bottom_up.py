class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        # fewest[a] = 1 + min(fewest[a - c]) over the coins c <= a.
        INF = amount + 1
        fewest = [0] + [INF] * amount
        for a in range(1, amount + 1):
            best = INF
            for c in coins:
                if c <= a and fewest[a - c] + 1 < best:
                    best = fewest[a - c] + 1
            fewest[a] = best
        return -1 if fewest[amount] == INF else fewest[amount]
