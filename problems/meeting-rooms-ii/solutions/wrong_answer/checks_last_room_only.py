class Solution:
    def minMeetingRooms(self, intervals: List[List[int]]) -> int:
        # Bug: only the room used most recently is considered for reuse, not the one that frees
        # up first.
        intervals.sort()
        rooms = []  # end time of each room
        last = -1
        for start, end in intervals:
            if last >= 0 and rooms[last] <= start:
                rooms[last] = end
            else:
                rooms.append(end)
                last = len(rooms) - 1
        return len(rooms)
