class Solution:
    def orangesRotting(self, grid: List[List[int]]) -> int:
        # Multi-source BFS from every rotten orange at once; each layer is one minute.
        rows, cols = len(grid), len(grid[0])
        grid = [row[:] for row in grid]
        frontier = []
        fresh = 0
        for r in range(rows):
            for c in range(cols):
                if grid[r][c] == 2:
                    frontier.append((r, c))
                elif grid[r][c] == 1:
                    fresh += 1
        minutes = 0
        while frontier and fresh:
            nxt = []
            for y, x in frontier:
                for ny, nx in ((y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)):
                    if 0 <= ny < rows and 0 <= nx < cols and grid[ny][nx] == 1:
                        grid[ny][nx] = 2
                        fresh -= 1
                        nxt.append((ny, nx))
            frontier = nxt
            minutes += 1
        return -1 if fresh else minutes
