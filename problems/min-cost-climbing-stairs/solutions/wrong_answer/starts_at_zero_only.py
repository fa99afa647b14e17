class Solution:
    def minCostClimbingStairs(self, cost: List[int]) -> int:
        # Bug: always starts on step 0, never on step 1.
        dp = [0] * len(cost)
        dp[0] = cost[0]
        dp[1] = cost[0] + cost[1]
        for i in range(2, len(cost)):
            dp[i] = cost[i] + min(dp[i - 1], dp[i - 2])
        return min(dp[-1], dp[-2])
