class Solution:
    def nextPermutation(self, nums: List[int]) -> None:
        # After the swap the tail must be made as small as possible (ascending), not left as is.
        i = len(nums) - 2
        while i >= 0 and nums[i] >= nums[i + 1]:
            i -= 1
        if i < 0:
            nums.reverse()
            return
        j = len(nums) - 1
        while nums[j] <= nums[i]:
            j -= 1
        nums[i], nums[j] = nums[j], nums[i]
