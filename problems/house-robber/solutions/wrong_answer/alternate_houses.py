class Solution:
    def rob(self, nums: List[int]) -> int:
        # Bug: only considers robbing every other house, starting at house 0 or at house 1.
        return max(sum(nums[0::2]), sum(nums[1::2]))
