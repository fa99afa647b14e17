class Solution:
    def change(self, amount: int, coins: List[int]) -> int:
        # Bottom-up: count(i, rest) = ways to pay rest with coins[i:], one row per coin, from the
        # last coin down; only the row below (i + 1) is kept.
        n = len(coins)
        # below[rest] = count(i + 1, rest), computed for i from the last coin down
        below = [1] + [0] * amount
        for i in range(n - 1, -1, -1):
            c = coins[i]
            cur = below[:]
            for rest in range(c, amount + 1):
                cur[rest] = below[rest] + cur[rest - c]
            below = cur
        return below[amount]
