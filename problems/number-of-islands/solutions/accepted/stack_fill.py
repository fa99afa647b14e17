class Solution:
    def numIslands(self, grid: List[List[str]]) -> int:
        # Flood-fill each unvisited land cell with an explicit stack (no recursion depth issues).
        rows, cols = len(grid), len(grid[0])
        seen = [[False] * cols for _ in range(rows)]
        count = 0
        for r in range(rows):
            for c in range(cols):
                if grid[r][c] != "1" or seen[r][c]:
                    continue
                count += 1
                seen[r][c] = True
                stack = [(r, c)]
                while stack:
                    y, x = stack.pop()
                    for ny, nx in ((y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)):
                        if 0 <= ny < rows and 0 <= nx < cols and not seen[ny][nx] and grid[ny][nx] == "1":
                            seen[ny][nx] = True
                            stack.append((ny, nx))
        return count
