class Solution:
    def maxProduct(self, nums: List[int]) -> int:
        # Bug: the best starts at 0 instead of nums[0], so an all-negative single block gives 0.
        best = 0
        hi = lo = 1
        for x in nums:
            candidates = (x, hi * x, lo * x)
            hi, lo = max(candidates), min(candidates)
            best = max(best, hi)
        return best
