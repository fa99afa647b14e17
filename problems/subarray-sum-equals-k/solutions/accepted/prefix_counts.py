class Solution:
    def subarraySum(self, nums: List[int], k: int) -> int:
        # A piece (i, j] sums to k when prefix[j] - prefix[i] == k: count earlier prefixes.
        seen = collections.Counter({0: 1})
        total = 0
        count = 0
        for x in nums:
            total += x
            count += seen[total - k]
            seen[total] += 1
        return count
