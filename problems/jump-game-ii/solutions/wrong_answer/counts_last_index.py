class Solution:
    def jump(self, nums: List[int]) -> int:
        # Bug: the loop also visits the last index, adding a jump when it closes a window.
        jumps, end, farthest = 0, 0, 0
        for i in range(len(nums)):
            farthest = max(farthest, i + nums[i])
            if i == end:
                jumps += 1
                end = farthest
        return jumps
