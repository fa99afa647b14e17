class Solution:
    def employeeFreeTime(self, schedule: '[[Interval]]') -> '[Interval]':
        # Merge the employees' sorted lists with a heap, one interval at a time.
        heap = [(emp[0].start, i, 0) for i, emp in enumerate(schedule)]
        heapq.heapify(heap)
        free, end = [], None
        while heap:
            start, i, j = heapq.heappop(heap)
            iv = schedule[i][j]
            if end is not None and start > end:
                free.append(Interval(end, start))
            end = iv.end if end is None else max(end, iv.end)
            if j + 1 < len(schedule[i]):
                heapq.heappush(heap, (schedule[i][j + 1].start, i, j + 1))
        return free
