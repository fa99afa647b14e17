class Solution:
    def maximalSquare(self, matrix: List[List[str]]) -> int:
        # Bug: returns the side of the square instead of its area.
        m, n = len(matrix), len(matrix[0])
        side = [[0] * (n + 1) for _ in range(m + 1)]
        best = 0
        for i in range(m):
            for j in range(n):
                if matrix[i][j] == "1":
                    side[i + 1][j + 1] = 1 + min(side[i][j + 1], side[i + 1][j], side[i][j])
                    best = max(best, side[i + 1][j + 1])
        return best
