class Solution:
    def maxCoins(self, nums: List[int]) -> int:
        # Top-down version of the interval DP: k is the last balloon burst between l and r.
        vals = [1] + nums + [1]

        @cache
        def best(l, r):
            if r - l < 2:
                return 0
            return max(best(l, k) + best(k, r) + vals[l] * vals[k] * vals[r] for k in range(l + 1, r))

        return best(0, len(vals) - 1)
