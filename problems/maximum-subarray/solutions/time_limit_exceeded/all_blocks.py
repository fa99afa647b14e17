class Solution:
    def maxSubArray(self, nums: List[int]) -> int:
        # Every start, every end: O(n^2).
        best = nums[0]
        for i in range(len(nums)):
            total = 0
            for j in range(i, len(nums)):
                total += nums[j]
                best = max(best, total)
        return best
