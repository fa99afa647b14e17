# Dijkstra that keeps the stop count but settles each city only once, at its cheapest arrival,
# which may have used too many stops while a dearer arrival with fewer stops is discarded.
class Solution:
    def findCheapestPrice(self, n: int, flights: List[List[int]], src: int, dst: int, k: int) -> int:
        adj = collections.defaultdict(list)
        for a, b, p in flights:
            adj[a].append((b, p))
        heap = [(0, src, 0)]
        done = set()
        while heap:
            c, u, used = heapq.heappop(heap)
            if u == dst:
                return c
            if u in done:
                continue
            done.add(u)
            if used == k + 1:
                continue
            for v, p in adj[u]:
                if v not in done:
                    heapq.heappush(heap, (c + p, v, used + 1))
        return -1
