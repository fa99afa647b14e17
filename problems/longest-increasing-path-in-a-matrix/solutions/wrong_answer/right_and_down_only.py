class Solution:
    def longestIncreasingPath(self, matrix: List[List[int]]) -> int:
        # Bug: a row-by-row DP only lets paths arrive from the left or from above, so paths
        # that turn back up or left are missed.
        m, n = len(matrix), len(matrix[0])
        best = [[1] * n for _ in range(m)]
        for i in range(m):
            for j in range(n):
                for a, b in ((i - 1, j), (i, j - 1)):
                    if a >= 0 and b >= 0 and matrix[a][b] < matrix[i][j]:
                        best[i][j] = max(best[i][j], best[a][b] + 1)
                    if a >= 0 and b >= 0 and matrix[a][b] > matrix[i][j]:
                        best[a][b] = max(best[a][b], best[i][j] + 1)
        return max(map(max, best))
