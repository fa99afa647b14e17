class Solution:
    def networkDelayTime(self, times: List[List[int]], n: int, k: int) -> int:
        # Dijkstra on an adjacency matrix, O(n^2): fine for n <= 100.
        INF = float("inf")
        w = [[INF] * (n + 1) for _ in range(n + 1)]
        for u, v, c in times:
            w[u][v] = c
        dist = [INF] * (n + 1)
        dist[k] = 0
        done = [False] * (n + 1)
        for _ in range(n):
            u = -1
            for v in range(1, n + 1):
                if not done[v] and (u == -1 or dist[v] < dist[u]):
                    u = v
            if dist[u] == INF:
                break
            done[u] = True
            row = w[u]
            for v in range(1, n + 1):
                if dist[u] + row[v] < dist[v]:
                    dist[v] = dist[u] + row[v]
        best = max(dist[1:])
        return -1 if best == INF else best
