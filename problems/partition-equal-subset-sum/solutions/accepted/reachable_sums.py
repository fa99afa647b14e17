class Solution:
    def canPartition(self, nums: List[int]) -> bool:
        # 0/1 knapsack on sums: which sums up to half the total can some subset reach?
        total = sum(nums)
        if total % 2:
            return False
        target = total // 2
        reach = [True] + [False] * target
        for x in nums:
            for s in range(target, x - 1, -1):  # downwards: each value used at most once
                if reach[s - x]:
                    reach[s] = True
            if reach[target]:
                return True
        return reach[target]
