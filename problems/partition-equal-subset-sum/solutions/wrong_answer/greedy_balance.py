class Solution:
    def canPartition(self, nums: List[int]) -> bool:
        # Bug: largest first, each value into the lighter group; greedy misses many splits.
        a = b = 0
        for x in sorted(nums, reverse=True):
            if a <= b:
                a += x
            else:
                b += x
        return a == b
