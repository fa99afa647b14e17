class Solution:
    def findClosestElements(self, arr: List[int], k: int, x: int) -> List[int]:
        # Binary-search the left end of the best window of k entries: the window starting at
        # mid loses to the one starting at mid + 1 when arr[mid + k] is strictly closer to x
        # than arr[mid] (on a tie the left entry, the smaller one, wins).
        lo, hi = 0, len(arr) - k
        while lo < hi:
            mid = (lo + hi) // 2
            if x - arr[mid] > arr[mid + k] - x:
                lo = mid + 1
            else:
                hi = mid
        return arr[lo:lo + k]
