class Solution:
    def change(self, amount: int, coins: List[int]) -> int:
        # The same recursion as with @cache, memoised by hand in a dict keyed by (i, total):
        # dfs(i, total) = ways to go from total up to amount with coins[i:].
        memo = {}

        def dfs(i, total):
            if total == amount:
                return 1
            if total > amount or i == len(coins):
                return 0
            if (i, total) in memo:
                return memo[(i, total)]
            ways = dfs(i, total + coins[i]) + dfs(i + 1, total)
            memo[(i, total)] = ways
            return ways

        return dfs(0, 0)
