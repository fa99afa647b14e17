class Solution:
    def maxSubArray(self, nums: List[int]) -> int:
        # Bug: restarts the block at every negative number, although a small dip between two big
        # positive runs is worth keeping.
        best = cur = nums[0]
        for x in nums[1:]:
            cur = x if x < 0 or cur < 0 else cur + x
            best = max(best, cur)
        return best
