class Solution:
    def minMeetingRooms(self, intervals: List[List[int]]) -> int:
        # +1 at each start, -1 at each end; ends sort before starts at the same time.
        events = []
        for s, e in intervals:
            events.append((s, 1))
            events.append((e, -1))
        events.sort()
        best = cur = 0
        for _, d in events:
            cur += d
            best = max(best, cur)
        return best
