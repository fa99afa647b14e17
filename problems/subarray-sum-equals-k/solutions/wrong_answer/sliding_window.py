class Solution:
    def subarraySum(self, nums: List[int], k: int) -> int:
        # Bug: a shrinking window only works when all values are positive; with negatives and
        # zeros it misses pieces.
        count = 0
        left = 0
        total = 0
        for right, x in enumerate(nums):
            total += x
            while total > k and left <= right:
                total -= nums[left]
                left += 1
            if total == k and left <= right:
                count += 1
        return count
