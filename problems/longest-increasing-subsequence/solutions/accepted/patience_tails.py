import bisect


class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        # tails[k] = smallest possible last value of an increasing subsequence of length k + 1;
        # the list stays sorted, so each value finds its place by binary search.
        tails = []
        for x in nums:
            i = bisect.bisect_left(tails, x)
            if i == len(tails):
                tails.append(x)
            else:
                tails[i] = x
        return len(tails)
