class Solution:
    def missingNumber(self, nums: List[int]) -> int:
        # Bug: only looks for a gap among 0..n-1; when n itself is missing it returns 0.
        nums = sorted(nums)
        for i, x in enumerate(nums):
            if x != i:
                return i
        return 0
