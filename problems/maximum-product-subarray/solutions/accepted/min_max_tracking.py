class Solution:
    def maxProduct(self, nums: List[int]) -> int:
        # Keep the largest and the smallest product of a block ending here: a negative factor
        # swaps their roles.
        best = hi = lo = nums[0]
        for x in nums[1:]:
            if x < 0:
                hi, lo = lo, hi
            hi = max(x, hi * x)
            lo = min(x, lo * x)
            best = max(best, hi)
        return best
