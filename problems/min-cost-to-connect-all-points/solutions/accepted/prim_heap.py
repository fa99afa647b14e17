class Solution:
    def minCostConnectPoints(self, points: List[List[int]]) -> int:
        # Prim with a min-heap of (cost, point) and lazy deletion: pop the cheapest link, skip it
        # if its point is already in the tree, else add the point and push a link from it to
        # every point still outside. Up to n^2 / 2 heap entries: O(n^2 log n) time.
        n = len(points)
        in_tree = [False] * n
        heap = [(0, 0)]
        total = 0
        added = 0
        while added < n:
            cost, u = heapq.heappop(heap)
            if in_tree[u]:
                continue
            in_tree[u] = True
            total += cost
            added += 1
            ux, uy = points[u]
            for v in range(n):
                if not in_tree[v]:
                    heapq.heappush(heap, (abs(ux - points[v][0]) + abs(uy - points[v][1]), v))
        return total
