# Tries every simple route by depth-first search, pruning routes already worse than the best.
class Solution:
    def swimInWater(self, grid: List[List[int]]) -> int:
        n = len(grid)
        best = [n * n]
        seen = [[False] * n for _ in range(n)]

        def dfs(r, c, t):
            t = max(t, grid[r][c])
            if t >= best[0]:
                return
            if r == n - 1 and c == n - 1:
                best[0] = t
                return
            seen[r][c] = True
            for nr, nc in ((r + 1, c), (r, c + 1), (r - 1, c), (r, c - 1)):
                if 0 <= nr < n and 0 <= nc < n and not seen[nr][nc]:
                    dfs(nr, nc, t)
            seen[r][c] = False

        dfs(0, 0, 0)
        return best[0]
