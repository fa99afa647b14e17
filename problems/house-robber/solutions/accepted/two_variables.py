class Solution:
    def rob(self, nums: List[int]) -> int:
        # best(i) = max(best(i - 1), best(i - 2) + nums[i]), kept in two variables.
        skip, take = 0, 0  # best up to the previous house, and up to the one before it
        for x in nums:
            skip, take = max(skip, take), skip + x
        return max(skip, take)
