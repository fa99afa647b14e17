class Solution:
    def longestConsecutive(self, nums: List[int]) -> int:
        # Bug: sorts without removing duplicates and resets the run on a repeated value,
        # so [1, 2, 2, 3] gives 2 instead of 3.
        if not nums:
            return 0
        vals = sorted(nums)
        best = cur = 1
        for a, b in zip(vals, vals[1:]):
            cur = cur + 1 if b == a + 1 else 1
            best = max(best, cur)
        return best
