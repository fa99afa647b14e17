class Solution:
    def rob(self, nums: List[int]) -> int:
        # Plain recursion without memoisation: about 1.6^n calls per pass.
        if len(nums) == 1:
            return nums[0]

        def best(houses, i):
            if i >= len(houses):
                return 0
            return max(best(houses, i + 1), houses[i] + best(houses, i + 2))

        return max(best(nums[:-1], 0), best(nums[1:], 0))
