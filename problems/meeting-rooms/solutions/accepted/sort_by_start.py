class Solution:
    def canAttendMeetings(self, intervals: List[List[int]]) -> bool:
        # In start order, each meeting must begin no earlier than the previous one ends.
        intervals.sort()
        for i in range(1, len(intervals)):
            if intervals[i][0] < intervals[i - 1][1]:
                return False
        return True
