import heapq


class Solution:
    def networkDelayTime(self, times: List[List[int]], n: int, k: int) -> int:
        # Dijkstra from k with a binary heap; the answer is the largest shortest distance.
        adj = [[] for _ in range(n + 1)]
        for u, v, w in times:
            adj[u].append((v, w))
        dist = [-1] * (n + 1)
        heap = [(0, k)]
        while heap:
            d, u = heapq.heappop(heap)
            if dist[u] != -1:
                continue
            dist[u] = d
            for v, w in adj[u]:
                if dist[v] == -1:
                    heapq.heappush(heap, (d + w, v))
        if -1 in dist[1:]:
            return -1
        return max(dist[1:])
