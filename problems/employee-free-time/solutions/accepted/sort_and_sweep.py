"""
# Definition for an Interval.
class Interval:
    def __init__(self, start: int = None, end: int = None):
        self.start = start
        self.end = end
"""

class Solution:
    def employeeFreeTime(self, schedule: '[[Interval]]') -> '[Interval]':
        busy = sorted((iv for emp in schedule for iv in emp), key=lambda iv: iv.start)
        free = []
        end = busy[0].end
        for iv in busy[1:]:
            if iv.start > end:
                free.append(Interval(end, iv.start))
            end = max(end, iv.end)
        return free
