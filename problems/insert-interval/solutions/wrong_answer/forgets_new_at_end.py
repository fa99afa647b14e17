class Solution:
    def insert(self, intervals: List[List[int]], newInterval: List[int]) -> List[List[int]]:
        # Bug: the new interval is only emitted when some existing interval follows it, so it is
        # lost when it belongs at the very end (or the list is empty).
        result = []
        start, end = newInterval
        placed = False
        for s, e in intervals:
            if e < start:
                result.append([s, e])
            elif s > end:
                if not placed:
                    result.append([start, end])
                    placed = True
                result.append([s, e])
            else:
                start, end = min(start, s), max(end, e)
        return result
