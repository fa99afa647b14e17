class Solution:
    def singleNumber(self, nums: List[int]) -> int:
        # Bug: after sorting, compares neighbours in steps of two but never returns the last
        # value when it is the single one.
        nums = sorted(nums)
        for i in range(0, len(nums) - 1, 2):
            if nums[i] != nums[i + 1]:
                return nums[i]
        return nums[0]
