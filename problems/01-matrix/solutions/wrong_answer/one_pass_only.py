# Takes distances only from the cells above and to the left (one sweep), missing zeros that lie
# below or to the right.
class Solution:
    def updateMatrix(self, mat: List[List[int]]) -> List[List[int]]:
        m, n = len(mat), len(mat[0])
        INF = m + n
        d = [[0 if v == 0 else INF for v in row] for row in mat]
        for r in range(m):
            for c in range(n):
                if d[r][c]:
                    if r > 0:
                        d[r][c] = min(d[r][c], d[r - 1][c] + 1)
                    if c > 0:
                        d[r][c] = min(d[r][c], d[r][c - 1] + 1)
        return d
