class Solution:
    def firstBadVersion(self, n: int) -> int:
        lo, hi, first = 1, n, n
        while lo <= hi:
            mid = lo + (hi - lo) // 2
            if isBadVersion(mid):
                first = mid
                hi = mid - 1
            else:
                lo = mid + 1
        return first
