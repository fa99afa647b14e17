class Solution:
    def change(self, amount: int, coins: List[int]) -> int:
        # Top-down memoised recursion. dfs(i, total): ways to go from total up to amount using only
        # coins[i:]. Either hand over coins[i] once more (stay at i) or never use it again (i + 1);
        # fixing the coin order this way counts every combination once.
        n = len(coins)

        @cache
        def dfs(i, total):
            if total == amount:
                return 1
            if total > amount or i == n:
                return 0
            return dfs(i, total + coins[i]) + dfs(i + 1, total)

        return dfs(0, 0)
