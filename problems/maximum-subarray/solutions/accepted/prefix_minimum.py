class Solution:
    def maxSubArray(self, nums: List[int]) -> int:
        # Sum of a block = prefix[j] - prefix[i]: subtract the smallest earlier prefix.
        best = nums[0]
        prefix, smallest = 0, 0
        for x in nums:
            prefix += x
            best = max(best, prefix - smallest)
            smallest = min(smallest, prefix)
        return best
