class Solution:
    def firstMissingPositive(self, nums: List[int]) -> int:
        # O(n) time with O(n) extra memory: the answer is at most n + 1.
        present = set(nums)
        k = 1
        while k in present:
            k += 1
        return k
