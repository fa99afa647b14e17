# Depth-first search over every trip of at most k + 1 flights, cutting trips dearer than the best.
class Solution:
    def findCheapestPrice(self, n: int, flights: List[List[int]], src: int, dst: int, k: int) -> int:
        adj = collections.defaultdict(list)
        for a, b, p in flights:
            adj[a].append((b, p))
        best = [float("inf")]

        def dfs(u, cost, flights_left):
            if cost >= best[0]:
                return
            if u == dst:
                best[0] = cost
                return
            if flights_left == 0:
                return
            for v, p in adj[u]:
                dfs(v, cost + p, flights_left - 1)

        dfs(src, 0, k + 1)
        return -1 if best[0] == float("inf") else best[0]
