# Joins squares that touch at a corner too.
class Solution:
    def maxAreaOfIsland(self, grid: List[List[int]]) -> int:
        m, n = len(grid), len(grid[0])
        seen = set()
        best = 0
        for sr in range(m):
            for sc in range(n):
                if grid[sr][sc] != 1 or (sr, sc) in seen:
                    continue
                seen.add((sr, sc))
                stack = [(sr, sc)]
                area = 0
                while stack:
                    r, c = stack.pop()
                    area += 1
                    for dr in (-1, 0, 1):
                        for dc in (-1, 0, 1):
                            nr, nc = r + dr, c + dc
                            if 0 <= nr < m and 0 <= nc < n and grid[nr][nc] == 1 and (nr, nc) not in seen:
                                seen.add((nr, nc))
                                stack.append((nr, nc))
                best = max(best, area)
        return best
