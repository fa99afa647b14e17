class Solution:
    def canJump(self, nums: List[int]) -> bool:
        # Tries every jump from every position, without remembering the positions that failed:
        # exponential when the end is out of reach.
        n = len(nums)

        def reach_end(pos):
            if pos == n - 1:
                return True
            for nxt in range(pos + 1, min(pos + nums[pos], n - 1) + 1):
                if reach_end(nxt):
                    return True
            return False

        return reach_end(0)
