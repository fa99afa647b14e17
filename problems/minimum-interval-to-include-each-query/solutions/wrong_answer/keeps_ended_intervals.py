class Solution:
    def minInterval(self, intervals: List[List[int]], queries: List[int]) -> List[int]:
        # Bug: never removes intervals that ended before the query, so a small interval that
        # is already over can still be reported.
        intervals.sort()
        answer = {}
        heap = []
        i = 0
        for q in sorted(set(queries)):
            while i < len(intervals) and intervals[i][0] <= q:
                left, right = intervals[i]
                heapq.heappush(heap, (right - left + 1, right))
                i += 1
            answer[q] = heap[0][0] if heap else -1
        return [answer[q] for q in queries]
