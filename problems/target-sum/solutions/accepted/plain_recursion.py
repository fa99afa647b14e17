class Solution:
    def findTargetSumWays(self, nums: List[int], target: int) -> int:
        # Tries all 2^n sign choices; with n <= 20 that is about a million calls, fast enough.
        def count(i, total):
            if i == len(nums):
                return 1 if total == target else 0
            return count(i + 1, total + nums[i]) + count(i + 1, total - nums[i])

        return count(0, 0)
