class Solution:
    def maxProduct(self, nums: List[int]) -> int:
        # Bug: Kadane's idea copied from the sum version; the most negative product, which a
        # later negative factor would turn into the best, is thrown away.
        best = cur = nums[0]
        for x in nums[1:]:
            cur = max(x, cur * x)
            best = max(best, cur)
        return best
