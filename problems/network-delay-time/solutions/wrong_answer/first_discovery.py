class Solution:
    def networkDelayTime(self, times: List[List[int]], n: int, k: int) -> int:
        # Bug: a node's delay is fixed by the first edge that reaches it in breadth-first order,
        # even when a longer chain of cheaper edges would be faster.
        adj = [[] for _ in range(n + 1)]
        for u, v, w in times:
            adj[u].append((v, w))
        dist = [-1] * (n + 1)
        dist[k] = 0
        queue = [k]
        for u in queue:
            for v, w in adj[u]:
                if dist[v] == -1:
                    dist[v] = dist[u] + w
                    queue.append(v)
        if -1 in dist[1:]:
            return -1
        return max(dist[1:])
