class Solution:
    def missingNumber(self, nums: List[int]) -> int:
        # XOR of every index, of n, and of every value: each present value cancels out.
        ans = len(nums)
        for i, x in enumerate(nums):
            ans ^= i ^ x
        return ans
