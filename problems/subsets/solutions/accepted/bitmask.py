class Solution:
    def subsets(self, nums: List[int]) -> List[List[int]]:
        # Subset number m takes nums[i] exactly when bit i of m is set.
        n = len(nums)
        return [[nums[i] for i in range(n) if m >> i & 1] for m in range(1 << n)]
