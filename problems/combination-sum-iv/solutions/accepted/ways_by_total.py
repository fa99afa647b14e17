class Solution:
    def combinationSum4(self, nums: List[int], target: int) -> int:
        # ways[t]: ordered sequences summing to t = sum over the last number x of ways[t - x].
        ways = [1] + [0] * target
        for t in range(1, target + 1):
            for x in nums:
                if x <= t:
                    ways[t] += ways[t - x]
        return ways[target]
