class Solution:
    def jump(self, nums: List[int]) -> int:
        # Fewest jumps from i by trying every first jump, without memoisation: exponential.
        n = len(nums)

        def fewest(i):
            if i >= n - 1:
                return 0
            best = n
            for step in range(1, nums[i] + 1):
                best = min(best, 1 + fewest(i + step))
            return best

        return fewest(0)
