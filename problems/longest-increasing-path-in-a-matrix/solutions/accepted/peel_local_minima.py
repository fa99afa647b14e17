class Solution:
    def longestIncreasingPath(self, matrix: List[List[int]]) -> int:
        # Topological order without recursion: repeatedly remove the cells with no smaller
        # neighbour left; the number of rounds is the length of the longest increasing path.
        m, n = len(matrix), len(matrix[0])
        smaller = [[0] * n for _ in range(m)]  # neighbours with a smaller value
        for i in range(m):
            for j in range(n):
                v = matrix[i][j]
                for a, b in ((i - 1, j), (i + 1, j), (i, j - 1), (i, j + 1)):
                    if 0 <= a < m and 0 <= b < n and matrix[a][b] < v:
                        smaller[i][j] += 1
        layer = [(i, j) for i in range(m) for j in range(n) if smaller[i][j] == 0]
        rounds = 0
        while layer:
            rounds += 1
            nxt = []
            for i, j in layer:
                v = matrix[i][j]
                for a, b in ((i - 1, j), (i + 1, j), (i, j - 1), (i, j + 1)):
                    if 0 <= a < m and 0 <= b < n and matrix[a][b] > v:
                        smaller[a][b] -= 1
                        if smaller[a][b] == 0:
                            nxt.append((a, b))
            layer = nxt
        return rounds
