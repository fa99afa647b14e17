class Solution:
    def canPartition(self, nums: List[int]) -> bool:
        # Take or skip each value, without remembering visited states: up to 2^n paths.
        total = sum(nums)
        if total % 2:
            return False

        def search(i, remaining):
            if remaining == 0:
                return True
            if i == len(nums) or remaining < 0:
                return False
            return search(i + 1, remaining - nums[i]) or search(i + 1, remaining)

        return search(0, total // 2)
