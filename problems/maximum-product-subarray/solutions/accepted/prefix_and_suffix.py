class Solution:
    def maxProduct(self, nums: List[int]) -> int:
        # The best block, within a zero-free stretch, starts at the stretch's start or ends at its
        # end: scan products from the left and from the right, restarting after a zero.
        best = nums[0]
        left = right = 1
        n = len(nums)
        for i in range(n):
            left = (left or 1) * nums[i]
            right = (right or 1) * nums[n - 1 - i]
            best = max(best, left, right)
        return best
