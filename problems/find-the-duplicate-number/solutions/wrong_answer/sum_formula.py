class Solution:
    def findDuplicate(self, nums: List[int]) -> int:
        # Bug: assumes the duplicate appears exactly twice and every other value once.
        n = len(nums) - 1
        return sum(nums) - n * (n + 1) // 2
