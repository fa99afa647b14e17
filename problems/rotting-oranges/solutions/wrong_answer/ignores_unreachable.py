class Solution:
    def orangesRotting(self, grid: List[List[int]]) -> int:
        # Bug: forgets that some fresh oranges may never be reached (should return -1).
        rows, cols = len(grid), len(grid[0])
        grid = [row[:] for row in grid]
        frontier = [(r, c) for r in range(rows) for c in range(cols) if grid[r][c] == 2]
        minutes = 0
        while frontier:
            nxt = []
            for y, x in frontier:
                for ny, nx in ((y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)):
                    if 0 <= ny < rows and 0 <= nx < cols and grid[ny][nx] == 1:
                        grid[ny][nx] = 2
                        nxt.append((ny, nx))
            frontier = nxt
            if nxt:
                minutes += 1
        return minutes
