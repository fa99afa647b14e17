class Solution:
    def rob(self, nums: List[int]) -> int:
        # Plain recursion: at each house, either skip it or rob it and skip the next one.
        # Without memoisation this makes about 1.6^n calls.
        def best(i):
            if i >= len(nums):
                return 0
            return max(best(i + 1), nums[i] + best(i + 2))

        return best(0)
