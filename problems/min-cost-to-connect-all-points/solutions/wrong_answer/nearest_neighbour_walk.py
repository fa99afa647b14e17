# Walks from point 0 to the nearest unvisited point each time, paying for a path, not a tree.
class Solution:
    def minCostConnectPoints(self, points: List[List[int]]) -> int:
        n = len(points)
        visited = [False] * n
        visited[0] = True
        cur = 0
        total = 0
        for _ in range(n - 1):
            best, nxt = None, -1
            for v in range(n):
                if not visited[v]:
                    d = abs(points[cur][0] - points[v][0]) + abs(points[cur][1] - points[v][1])
                    if best is None or d < best:
                        best, nxt = d, v
            visited[nxt] = True
            total += best
            cur = nxt
        return total
