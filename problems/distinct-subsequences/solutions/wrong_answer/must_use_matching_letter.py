class Solution:
    def numDistinct(self, s: str, t: str) -> int:
        # Bug: when s[i] == t[j] it always uses s[i], never the option of skipping it.
        n, m = len(s), len(t)
        dp = [[0] * (m + 1) for _ in range(n + 1)]
        for i in range(n + 1):
            dp[i][m] = 1
        for i in range(n - 1, -1, -1):
            for j in range(m - 1, -1, -1):
                dp[i][j] = dp[i + 1][j + 1] if s[i] == t[j] else dp[i + 1][j]
        return dp[0][0]
