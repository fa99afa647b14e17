class Solution:
    def eraseOverlapIntervals(self, intervals: List[List[int]]) -> int:
        # Bug: treats intervals that share only an endpoint as overlapping.
        intervals.sort(key=lambda iv: iv[1])
        kept, last_end = 0, float("-inf")
        for s, e in intervals:
            if s > last_end:
                kept += 1
                last_end = e
        return len(intervals) - kept
