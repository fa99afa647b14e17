class Solution:
    def uniquePaths(self, m: int, n: int) -> int:
        # Bug: the binomial coefficient C(m + n - 2, m - 1) computed in floating point and
        # truncated; rounding errors like 461.99999999999994 lose one.
        result = 1.0
        for i in range(m - 1):
            result *= (m + n - 2 - i) / (i + 1)
        return int(result)
