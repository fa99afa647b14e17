class Solution:
    def eraseOverlapIntervals(self, intervals: List[List[int]]) -> int:
        # Longest chain of compatible intervals by DP over all earlier intervals: O(n^2).
        intervals.sort()
        n = len(intervals)
        chain = [1] * n
        for i in range(n):
            for j in range(i):
                if intervals[j][1] <= intervals[i][0] and chain[j] + 1 > chain[i]:
                    chain[i] = chain[j] + 1
        return n - max(chain)
