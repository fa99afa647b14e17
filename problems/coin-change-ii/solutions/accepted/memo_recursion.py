class Solution:
    def change(self, amount: int, coins: List[int]) -> int:
        # count(i, rest): ways to pay rest with coins[i:], memoised; iterative over rest to keep
        # the recursion shallow.
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
