class Solution:
    def minCostClimbingStairs(self, cost: List[int]) -> int:
        # Bug: treats the last step as the top, so it must always be paid for.
        dp = [0] * len(cost)
        dp[0], dp[1] = cost[0], cost[1]
        for i in range(2, len(cost)):
            dp[i] = cost[i] + min(dp[i - 1], dp[i - 2])
        return dp[-1]
