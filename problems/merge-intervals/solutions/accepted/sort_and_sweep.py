class Solution:
    def merge(self, intervals: List[List[int]]) -> List[List[int]]:
        # After sorting by start, an interval overlaps the merged ones only through the last.
        merged = []
        for start, end in sorted(intervals):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        return merged
