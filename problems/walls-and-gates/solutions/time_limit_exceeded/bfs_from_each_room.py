class Solution:
    def wallsAndGates(self, rooms: List[List[int]]) -> None:
        # A fresh BFS from every empty room to its nearest gate: O((m*n)^2).
        m, n = len(rooms), len(rooms[0])
        INF = 2147483647
        for sr in range(m):
            for sc in range(n):
                if rooms[sr][sc] != INF:
                    continue
                seen = {(sr, sc)}
                q = deque([(sr, sc, 0)])
                while q:
                    r, c, d = q.popleft()
                    if rooms[r][c] == 0:
                        rooms[sr][sc] = d
                        break
                    for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                        if 0 <= nr < m and 0 <= nc < n and rooms[nr][nc] != -1 and (nr, nc) not in seen:
                            seen.add((nr, nc))
                            q.append((nr, nc, d + 1))
