class Solution:
    def orangesRotting(self, grid: List[List[int]]) -> int:
        # Simulates minute by minute, rescanning the whole grid every minute:
        # O(minutes * cells), at most 100 * 100 steps on a 10 x 10 grid.
        rows, cols = len(grid), len(grid[0])
        grid = [row[:] for row in grid]
        minutes = 0
        while True:
            newly = []
            for r in range(rows):
                for c in range(cols):
                    if grid[r][c] == 1:
                        for ny, nx in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                            if 0 <= ny < rows and 0 <= nx < cols and grid[ny][nx] == 2:
                                newly.append((r, c))
                                break
            if not newly:
                break
            for r, c in newly:
                grid[r][c] = 2
            minutes += 1
        if any(1 in row for row in grid):
            return -1
        return minutes
