class Solution:
    def smallestRange(self, nums: List[List[int]]) -> List[int]:
        # Every value as the left end; each list's first value >= it by binary search.
        best = None
        for lo in sorted({v for row in nums for v in row}):
            hi = lo
            for row in nums:
                j = bisect_left(row, lo)
                if j == len(row):
                    hi = None
                    break
                hi = max(hi, row[j])
            if hi is None:
                break
            if best is None or hi - lo < best[1] - best[0]:
                best = [lo, hi]
        return best
