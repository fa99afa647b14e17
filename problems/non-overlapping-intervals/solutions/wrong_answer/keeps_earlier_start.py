class Solution:
    def eraseOverlapIntervals(self, intervals: List[List[int]]) -> int:
        # Bug: sorted by start, on a clash it always drops the later interval, even when the kept
        # one is long and blocks many others.
        intervals.sort()
        removed = 0
        prev_end = intervals[0][1]
        for s, e in intervals[1:]:
            if s < prev_end:
                removed += 1
            else:
                prev_end = e
        return removed
