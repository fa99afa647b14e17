class Solution:
    def containsDuplicate(self, nums: List[int]) -> bool:
        # Bug: only neighbours are compared, but the list is not sorted first.
        for i in range(1, len(nums)):
            if nums[i] == nums[i - 1]:
                return True
        return False
