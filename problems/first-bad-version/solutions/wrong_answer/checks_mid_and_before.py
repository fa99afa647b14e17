class Solution:
    def firstBadVersion(self, n: int) -> int:
        # Asks about mid and mid - 1 in every round to spot the boundary: right answer, but
        # about twice the calls a plain binary search needs.
        lo, hi = 1, n
        while True:
            mid = lo + (hi - lo) // 2
            if isBadVersion(mid):
                if mid == 1 or not isBadVersion(mid - 1):
                    return mid
                hi = mid - 1
            else:
                lo = mid + 1
