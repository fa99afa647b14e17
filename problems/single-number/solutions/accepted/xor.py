class Solution:
    def singleNumber(self, nums: List[int]) -> int:
        # x ^ x == 0, so every pair cancels and the lone value is left.
        ans = 0
        for x in nums:
            ans ^= x
        return ans
