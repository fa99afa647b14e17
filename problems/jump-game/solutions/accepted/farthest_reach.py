class Solution:
    def canJump(self, nums: List[int]) -> bool:
        # Every cell up to `reach` can be reached; extend it cell by cell.
        reach = 0
        for i, jump in enumerate(nums):
            if i > reach:
                return False
            reach = max(reach, i + jump)
        return True
