import bisect


class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        # Bug: bisect_right lets equal values extend a subsequence (non-decreasing, not increasing).
        tails = []
        for x in nums:
            i = bisect.bisect_right(tails, x)
            if i == len(tails):
                tails.append(x)
            else:
                tails[i] = x
        return len(tails)
