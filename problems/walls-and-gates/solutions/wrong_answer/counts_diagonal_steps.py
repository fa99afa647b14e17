class Solution:
    def wallsAndGates(self, rooms: List[List[int]]) -> None:
        m, n = len(rooms), len(rooms[0])
        q = deque((r, c) for r in range(m) for c in range(n) if rooms[r][c] == 0)
        while q:
            r, c = q.popleft()
            d = rooms[r][c] + 1
            for dr in (-1, 0, 1):
                for dc in (-1, 0, 1):
                    nr, nc = r + dr, c + dc
                    if 0 <= nr < m and 0 <= nc < n and rooms[nr][nc] == 2147483647:
                        rooms[nr][nc] = d
                        q.append((nr, nc))
