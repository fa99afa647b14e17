class Solution:
    def wallsAndGates(self, rooms: List[List[int]]) -> None:
        # A BFS from each gate that only goes on where it improves a distance: the pruning keeps
        # it close to linear on these inputs.
        m, n = len(rooms), len(rooms[0])
        for gr in range(m):
            for gc in range(n):
                if rooms[gr][gc] != 0:
                    continue
                q = deque([(gr, gc)])
                while q:
                    r, c = q.popleft()
                    d = rooms[r][c] + 1
                    for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                        if 0 <= nr < m and 0 <= nc < n and rooms[nr][nc] > d:
                            rooms[nr][nc] = d
                            q.append((nr, nc))
