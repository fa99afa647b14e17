class Solution:
    def networkDelayTime(self, times: List[List[int]], n: int, k: int) -> int:
        # Bellman-Ford: relax every edge until nothing changes, at most n - 1 rounds of O(edges);
        # with n <= 100 and 6000 links that is at most 6 * 10^5 relaxations.
        INF = float("inf")
        dist = [INF] * (n + 1)
        dist[k] = 0
        for _ in range(n - 1):
            changed = False
            for u, v, w in times:
                if dist[u] + w < dist[v]:
                    dist[v] = dist[u] + w
                    changed = True
            if not changed:
                break
        best = max(dist[1:])
        return -1 if best == INF else best
