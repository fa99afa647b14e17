class Solution:
    def findTargetSumWays(self, nums: List[int], target: int) -> int:
        # Bug: forgets that total + target must be even and at least 0; integer division then
        # counts subsets for a goal no sign choice can reach.
        total = sum(nums)
        if abs(target) > total:
            return 0
        goal = (total + target) // 2
        ways = [1] + [0] * goal
        for x in nums:
            for s in range(goal, x - 1, -1):
                ways[s] += ways[s - x]
        return ways[goal]
