class Solution:
    def longestConsecutive(self, nums: List[int]) -> int:
        # O(n log n): sort the distinct values and count the longest stretch of +1 steps.
        if not nums:
            return 0
        vals = sorted(set(nums))
        best = cur = 1
        for a, b in zip(vals, vals[1:]):
            cur = cur + 1 if b == a + 1 else 1
            best = max(best, cur)
        return best
