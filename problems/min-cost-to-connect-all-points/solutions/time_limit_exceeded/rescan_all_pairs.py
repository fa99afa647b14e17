# Grows the tree by scanning every (inside, outside) pair for the cheapest link at each step:
# O(n^3) instead of keeping each point's best link.
class Solution:
    def minCostConnectPoints(self, points: List[List[int]]) -> int:
        n = len(points)
        inside = [0]
        outside = set(range(1, n))
        total = 0
        while outside:
            best, pick = None, -1
            for u in inside:
                ux, uy = points[u]
                for v in outside:
                    d = abs(ux - points[v][0]) + abs(uy - points[v][1])
                    if best is None or d < best:
                        best, pick = d, v
            total += best
            inside.append(pick)
            outside.remove(pick)
        return total
