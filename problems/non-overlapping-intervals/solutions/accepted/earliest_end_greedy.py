class Solution:
    def eraseOverlapIntervals(self, intervals: List[List[int]]) -> int:
        # Keep intervals greedily by earliest end: the one ending first leaves the most room.
        intervals.sort(key=lambda iv: iv[1])
        kept, last_end = 0, float("-inf")
        for s, e in intervals:
            if s >= last_end:
                kept += 1
                last_end = e
        return len(intervals) - kept
