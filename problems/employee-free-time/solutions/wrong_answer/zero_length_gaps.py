class Solution:
    def employeeFreeTime(self, schedule: '[[Interval]]') -> '[Interval]':
        busy = sorted((iv for emp in schedule for iv in emp), key=lambda iv: iv.start)
        free = []
        end = busy[0].end
        for iv in busy[1:]:
            if iv.start >= end:   # also reports [x, x] where one interval ends as another starts
                free.append(Interval(end, iv.start))
            end = max(end, iv.end)
        return free
