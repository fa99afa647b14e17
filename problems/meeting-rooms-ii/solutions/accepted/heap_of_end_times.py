class Solution:
    def minMeetingRooms(self, intervals: List[List[int]]) -> int:
        # In start order, reuse the room that frees up first if it is free by now.
        intervals.sort()
        ends = []  # min-heap of the end times of rooms in use
        for start, end in intervals:
            if ends and ends[0] <= start:
                heapq.heapreplace(ends, end)
            else:
                heapq.heappush(ends, end)
        return len(ends)
