class Solution:
    def firstBadVersion(self, n: int) -> int:
        # Asks about mid and mid - 1 in every round to spot the boundary: correct and O(log n),
        # with about two calls per halving (about 60 at n = 2^31 - 1). LeetCode counts no calls
        # and accepts it; so does the cap of 256 calls here.
        lo, hi = 1, n
        while True:
            mid = lo + (hi - lo) // 2
            if isBadVersion(mid):
                if mid == 1 or not isBadVersion(mid - 1):
                    return mid
                hi = mid - 1
            else:
                lo = mid + 1
