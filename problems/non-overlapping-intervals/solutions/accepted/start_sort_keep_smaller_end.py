class Solution:
    def eraseOverlapIntervals(self, intervals: List[List[int]]) -> int:
        # Sorted by start: on a clash, drop whichever of the two ends later.
        intervals.sort()
        removed = 0
        prev_end = intervals[0][1]
        for s, e in intervals[1:]:
            if s < prev_end:
                removed += 1
                prev_end = min(prev_end, e)
            else:
                prev_end = e
        return removed
