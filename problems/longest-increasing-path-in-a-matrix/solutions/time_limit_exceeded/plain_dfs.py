class Solution:
    def longestIncreasingPath(self, matrix: List[List[int]]) -> int:
        # Depth-first search from every cell without memoisation: exponential in the worst case.
        m, n = len(matrix), len(matrix[0])

        def longest(i, j):
            best = 1
            for a, b in ((i - 1, j), (i + 1, j), (i, j - 1), (i, j + 1)):
                if 0 <= a < m and 0 <= b < n and matrix[a][b] > matrix[i][j]:
                    best = max(best, 1 + longest(a, b))
            return best

        return max(longest(i, j) for i in range(m) for j in range(n))
