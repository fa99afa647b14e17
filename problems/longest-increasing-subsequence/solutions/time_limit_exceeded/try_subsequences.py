class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        # Takes or skips each number, without remembering results: up to 2^n calls.
        n = len(nums)

        def best(i, prev):
            if i == n:
                return 0
            skip = best(i + 1, prev)
            if prev == -1 or nums[i] > nums[prev]:
                return max(skip, 1 + best(i + 1, i))
            return skip

        return best(0, -1)
