# Runs one BFS from every food cell back to the start and keeps the best: O(foods * m * n).
class Solution:
    def getFood(self, grid: List[List[str]]) -> int:
        m, n = len(grid), len(grid[0])
        best = -1
        for fr in range(m):
            for fc in range(n):
                if grid[fr][fc] != "#":
                    continue
                queue = collections.deque([(fr, fc, 0)])
                seen = {(fr, fc)}
                while queue:
                    r, c, d = queue.popleft()
                    if grid[r][c] == "*":
                        if best == -1 or d < best:
                            best = d
                        break
                    for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                        if 0 <= nr < m and 0 <= nc < n and grid[nr][nc] != "X" and (nr, nc) not in seen:
                            seen.add((nr, nc))
                            queue.append((nr, nc, d + 1))
        return best
