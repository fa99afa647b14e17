class Solution:
    def minCostConnectPoints(self, points: List[List[int]]) -> int:
        n = len(points)
        xs = [p[0] for p in points]
        ys = [p[1] for p in points]
        best = [float("inf")] * n
        in_tree = [False] * n
        best[0] = 0
        total = 0
        for _ in range(n):
            u = -1
            for v in range(n):
                if not in_tree[v] and (u == -1 or best[v] < best[u]):
                    u = v
            in_tree[u] = True
            total += best[u]
            ux, uy = xs[u], ys[u]
            for v in range(n):
                if not in_tree[v]:
                    d = abs(ux - xs[v]) + abs(uy - ys[v])
                    if d < best[v]:
                        best[v] = d
        return total
