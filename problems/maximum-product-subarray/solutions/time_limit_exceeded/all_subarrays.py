class Solution:
    def maxProduct(self, nums: List[int]) -> int:
        # Every start, every end: O(n^2) products.
        best = nums[0]
        n = len(nums)
        for i in range(n):
            p = 1
            for j in range(i, n):
                p *= nums[j]
                if p > best:
                    best = p
        return best
