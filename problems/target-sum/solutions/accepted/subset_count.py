class Solution:
    def findTargetSumWays(self, nums: List[int], target: int) -> int:
        # If P is the set of elements with a plus sign: sum(P) - (total - sum(P)) = target, so
        # sum(P) = (total + target) / 2. Count subsets with that sum (0/1 knapsack).
        total = sum(nums)
        if abs(target) > total or (total + target) % 2:
            return 0
        goal = (total + target) // 2
        ways = [1] + [0] * goal
        for x in nums:
            for s in range(goal, x - 1, -1):
                ways[s] += ways[s - x]
        return ways[goal]
