class Solution:
    def firstBadVersion(self, n: int) -> int:
        # Closed-range binary search that returns the wrong end: when lo > hi, hi has stopped on the
        # last good release and lo on the first bad one. Returning hi is off by one on every test
        # (sample-1 gives 5 instead of 6, and all-bad gives 0).
        lo, hi = 1, n
        while lo <= hi:
            mid = (lo + hi) // 2
            if isBadVersion(mid):
                hi = mid - 1
            else:
                lo = mid + 1
        return hi
