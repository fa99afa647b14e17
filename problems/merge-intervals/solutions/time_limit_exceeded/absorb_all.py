class Solution:
    def merge(self, intervals: List[List[int]]) -> List[List[int]]:
        # Each new interval is checked against every interval merged so far: O(n^2).
        result = []
        for s, e in intervals:
            keep = []
            for a, b in result:
                if b < s or e < a:
                    keep.append([a, b])
                else:
                    s, e = min(s, a), max(e, b)
            keep.append([s, e])
            result = keep
        return result
