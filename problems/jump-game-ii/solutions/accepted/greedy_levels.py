class Solution:
    def jump(self, nums: List[int]) -> int:
        # Breadth-first by levels: all indices reachable with `jumps` jumps form a window
        # ending at `end`; the next window ends at the farthest point reachable from it.
        jumps, end, farthest = 0, 0, 0
        for i in range(len(nums) - 1):
            farthest = max(farthest, i + nums[i])
            if i == end:
                jumps += 1
                end = farthest
        return jumps
