class Solution:
    def longestIncreasingPath(self, matrix: List[List[int]]) -> int:
        # Bug: counts the moves of the path instead of its cells (one less).
        m, n = len(matrix), len(matrix[0])
        memo = {}

        def longest(i, j):
            if (i, j) not in memo:
                best = 0
                for a, b in ((i - 1, j), (i + 1, j), (i, j - 1), (i, j + 1)):
                    if 0 <= a < m and 0 <= b < n and matrix[a][b] > matrix[i][j]:
                        best = max(best, 1 + longest(a, b))
                memo[(i, j)] = best
            return memo[(i, j)]

        return max(longest(i, j) for i in range(m) for j in range(n))
