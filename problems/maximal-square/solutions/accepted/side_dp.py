class Solution:
    def maximalSquare(self, matrix: List[List[str]]) -> int:
        # side[i][j]: side of the largest all-ones square whose bottom-right corner is (i, j);
        # it is one more than the smallest of its left, upper and upper-left neighbours.
        m, n = len(matrix), len(matrix[0])
        prev = [0] * (n + 1)
        best = 0
        for i in range(m):
            cur = [0] * (n + 1)
            row = matrix[i]
            for j in range(n):
                if row[j] == "1":
                    cur[j + 1] = 1 + min(cur[j], prev[j], prev[j + 1])
                    if cur[j + 1] > best:
                        best = cur[j + 1]
            prev = cur
        return best * best
