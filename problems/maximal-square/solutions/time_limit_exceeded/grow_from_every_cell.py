class Solution:
    def maximalSquare(self, matrix: List[List[str]]) -> int:
        # From every top-left corner, grow the square while its new row and column are all ones.
        m, n = len(matrix), len(matrix[0])
        best = 0
        for i in range(m):
            for j in range(n):
                k = 0
                while i + k < m and j + k < n:
                    if any(matrix[i + k][j + t] != "1" for t in range(k + 1)):
                        break
                    if any(matrix[i + t][j + k] != "1" for t in range(k + 1)):
                        break
                    k += 1
                best = max(best, k)
        return best * best
