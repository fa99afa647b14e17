# From every square, walk downhill and see which oceans the water reaches: O((m*n)^2).
class Solution:
    def pacificAtlantic(self, heights: List[List[int]]) -> List[List[int]]:
        m, n = len(heights), len(heights[0])
        res = []
        for sr in range(m):
            for sc in range(n):
                pac = atl = False
                seen = {(sr, sc)}
                stack = [(sr, sc)]
                while stack and not (pac and atl):
                    r, c = stack.pop()
                    if r == 0 or c == 0:
                        pac = True
                    if r == m - 1 or c == n - 1:
                        atl = True
                    for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                        if (0 <= nr < m and 0 <= nc < n and (nr, nc) not in seen
                                and heights[nr][nc] <= heights[r][c]):
                            seen.add((nr, nc))
                            stack.append((nr, nc))
                if pac and atl:
                    res.append([sr, sc])
        return res
