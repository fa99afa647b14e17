class Solution:
    def minEatingSpeed(self, piles: List[int], h: int) -> int:
        # Smallest k in [1, max(piles)] with hours(k) <= h; hours(k) never increases with k.
        lo, hi = 1, max(piles)
        while lo < hi:
            k = (lo + hi) // 2
            hours = sum((p + k - 1) // k for p in piles)
            if hours <= h:
                hi = k
            else:
                lo = k + 1
        return lo
