class Solution:
    def findDuplicate(self, nums: List[int]) -> int:
        # Compares every pair: O(n^2).
        n = len(nums)
        for i in range(n):
            for j in range(i + 1, n):
                if nums[i] == nums[j]:
                    return nums[i]
