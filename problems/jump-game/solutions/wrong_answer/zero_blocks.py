class Solution:
    def canJump(self, nums: List[int]) -> bool:
        # Bug: assumes any 0 before the last cell is a dead end, although it can be jumped over.
        return all(x > 0 for x in nums[:-1])
