class Solution:
    def firstMissingPositive(self, nums: List[int]) -> int:
        # Tries 1, 2, 3, ... and scans the whole list for each: O(n^2) when 1..n are all there.
        k = 1
        while k in nums:
            k += 1
        return k
