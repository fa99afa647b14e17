class Solution:
    def maxSubArray(self, nums: List[int]) -> int:
        # Bug: the best and the running sum start at 0, as if the empty block were allowed, so an
        # all-negative array gives 0.
        best = cur = 0
        for x in nums:
            cur = max(0, cur + x)
            best = max(best, cur)
        return best
