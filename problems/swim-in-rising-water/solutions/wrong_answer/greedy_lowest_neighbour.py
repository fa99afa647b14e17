# Walks from the current square to its lowest unvisited neighbour (backing up at dead ends) and
# reports the highest square on the way; a step onto a high square is never taken back.
class Solution:
    def swimInWater(self, grid: List[List[int]]) -> int:
        n = len(grid)
        r = c = 0
        seen = {(0, 0)}
        t = grid[0][0]
        path = [(0, 0)]
        while (r, c) != (n - 1, n - 1):
            options = [(grid[nr][nc], nr, nc) for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1))
                       if 0 <= nr < n and 0 <= nc < n and (nr, nc) not in seen]
            if not options:
                path.pop()
                r, c = path[-1]
                continue
            h, r, c = min(options)
            seen.add((r, c))
            path.append((r, c))
            t = max(t, h)
        return t
