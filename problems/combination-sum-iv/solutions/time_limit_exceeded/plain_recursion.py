class Solution:
    def combinationSum4(self, nums: List[int], target: int) -> int:
        # Tries every next number, without memoisation: exponential.
        def count(rest):
            if rest == 0:
                return 1
            total = 0
            for x in nums:
                if x <= rest:
                    total += count(rest - x)
            return total

        return count(target)
