class Solution:
    def subsets(self, nums: List[int]) -> List[List[int]]:
        # Bug: starts from the one-element subsets, so the empty subset is missing.
        n = len(nums)
        return [[nums[i] for i in range(n) if m >> i & 1] for m in range(1, 1 << n)]
