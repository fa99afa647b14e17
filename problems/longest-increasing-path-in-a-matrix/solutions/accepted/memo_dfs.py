class Solution:
    def longestIncreasingPath(self, matrix: List[List[int]]) -> int:
        # Longest path starting at each cell, memoised (the usual recursive solution).
        m, n = len(matrix), len(matrix[0])
        memo = {}

        def longest(i, j):
            if (i, j) in memo:
                return memo[(i, j)]
            best = 1
            v = matrix[i][j]
            for a, b in ((i - 1, j), (i + 1, j), (i, j - 1), (i, j + 1)):
                if 0 <= a < m and 0 <= b < n and matrix[a][b] > v:
                    best = max(best, 1 + longest(a, b))
            memo[(i, j)] = best
            return best

        return max(longest(i, j) for i in range(m) for j in range(n))
