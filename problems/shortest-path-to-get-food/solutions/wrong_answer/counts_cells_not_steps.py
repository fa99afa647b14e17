# Counts the cells of the route, start included, instead of the steps.
class Solution:
    def getFood(self, grid: List[List[str]]) -> int:
        m, n = len(grid), len(grid[0])
        start = next((r, c) for r in range(m) for c in range(n) if grid[r][c] == "*")
        queue = collections.deque([(start[0], start[1], 1)])
        seen = {start}
        while queue:
            r, c, d = queue.popleft()
            if grid[r][c] == "#":
                return d
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < m and 0 <= nc < n and grid[nr][nc] != "X" and (nr, nc) not in seen:
                    seen.add((nr, nc))
                    queue.append((nr, nc, d + 1))
        return -1
