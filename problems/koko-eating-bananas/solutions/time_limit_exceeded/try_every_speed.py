class Solution:
    def minEatingSpeed(self, piles: List[int], h: int) -> int:
        # Tries k = 1, 2, 3, ... : up to max(piles) rounds of O(n) each.
        k = 1
        while sum((p + k - 1) // k for p in piles) > h:
            k += 1
        return k
