# Bellman-Ford that updates the costs in place within a round, so one round can chain several
# flights and the stop limit is not respected.
class Solution:
    def findCheapestPrice(self, n: int, flights: List[List[int]], src: int, dst: int, k: int) -> int:
        INF = float("inf")
        cost = [INF] * n
        cost[src] = 0
        for _ in range(k + 1):
            for a, b, p in flights:
                if cost[a] + p < cost[b]:
                    cost[b] = cost[a] + p
        return -1 if cost[dst] == INF else cost[dst]
