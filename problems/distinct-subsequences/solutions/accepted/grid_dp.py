class Solution:
    def numDistinct(self, s: str, t: str) -> int:
        # dp[i][j]: ways to spell t[j:] within s[i:].
        n, m = len(s), len(t)
        if m > n:
            return 0
        dp = [[0] * (m + 1) for _ in range(n + 1)]
        for i in range(n + 1):
            dp[i][m] = 1
        for i in range(n - 1, -1, -1):
            row, below = dp[i], dp[i + 1]
            for j in range(m - 1, -1, -1):
                row[j] = below[j] + (below[j + 1] if s[i] == t[j] else 0)
        return dp[0][0]
