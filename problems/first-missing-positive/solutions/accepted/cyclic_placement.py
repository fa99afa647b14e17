class Solution:
    def firstMissingPositive(self, nums: List[int]) -> int:
        # Put every value v in 1..n at index v - 1; then the first index i holding something else
        # tells that i + 1 is missing.
        n = len(nums)
        for i in range(n):
            while 1 <= nums[i] <= n and nums[nums[i] - 1] != nums[i]:
                j = nums[i] - 1
                nums[i], nums[j] = nums[j], nums[i]
        for i in range(n):
            if nums[i] != i + 1:
                return i + 1
        return n + 1
