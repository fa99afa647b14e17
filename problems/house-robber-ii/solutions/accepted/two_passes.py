class Solution:
    def rob(self, nums: List[int]) -> int:
        # The first and last houses cannot both be taken: solve the straight street twice,
        # once without the last house and once without the first.
        if len(nums) == 1:
            return nums[0]

        def line(houses):
            prev, cur = 0, 0
            for x in houses:
                prev, cur = cur, max(cur, prev + x)
            return cur

        return max(line(nums[:-1]), line(nums[1:]))
