# Runs a separate BFS from every 1 until it meets a 0: O((m*n)^2) when zeros are scarce.
class Solution:
    def updateMatrix(self, mat: List[List[int]]) -> List[List[int]]:
        m, n = len(mat), len(mat[0])
        res = [[0] * n for _ in range(m)]
        for sr in range(m):
            for sc in range(n):
                if mat[sr][sc] == 0:
                    continue
                seen = {(sr, sc)}
                queue = collections.deque([(sr, sc, 0)])
                while queue:
                    r, c, d = queue.popleft()
                    if mat[r][c] == 0:
                        res[sr][sc] = d
                        break
                    for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                        if 0 <= nr < m and 0 <= nc < n and (nr, nc) not in seen:
                            seen.add((nr, nc))
                            queue.append((nr, nc, d + 1))
        return res
