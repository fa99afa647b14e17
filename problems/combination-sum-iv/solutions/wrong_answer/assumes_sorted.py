class Solution:
    def combinationSum4(self, nums: List[int], target: int) -> int:
        # Bug: stops at the first number larger than t, as if nums were sorted.
        ways = [1] + [0] * target
        for t in range(1, target + 1):
            for x in nums:
                if x > t:
                    break
                ways[t] += ways[t - x]
        return ways[target]
