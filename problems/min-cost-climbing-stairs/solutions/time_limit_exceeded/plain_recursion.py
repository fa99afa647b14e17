class Solution:
    def minCostClimbingStairs(self, cost: List[int]) -> int:
        # Plain recursion without memoisation: about 1.6^n calls.
        n = len(cost)

        def climb(i):
            if i >= n:
                return 0
            return cost[i] + min(climb(i + 1), climb(i + 2))

        return min(climb(0), climb(1))
