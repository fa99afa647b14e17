class Solution:
    def minCostClimbingStairs(self, cost: List[int]) -> int:
        # best(i): least cost to stand on position i (not yet paying for it).
        # best(i) = min(best(i-1) + cost[i-1], best(i-2) + cost[i-2]); best(0) = best(1) = 0.
        two_back, one_back = 0, 0
        for i in range(2, len(cost) + 1):
            two_back, one_back = one_back, min(one_back + cost[i - 1], two_back + cost[i - 2])
        return one_back
