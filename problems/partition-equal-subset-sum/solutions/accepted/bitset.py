class Solution:
    def canPartition(self, nums: List[int]) -> bool:
        # Bit s of `reach` is set when some subset sums to s.
        total = sum(nums)
        if total % 2:
            return False
        reach = 1
        for x in nums:
            reach |= reach << x
        return (reach >> (total // 2)) & 1 == 1
