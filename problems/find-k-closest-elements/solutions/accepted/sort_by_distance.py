class Solution:
    def findClosestElements(self, arr: List[int], k: int, x: int) -> List[int]:
        # O(n log n): order by (distance, value), keep k, sort them back.
        return sorted(sorted(arr, key=lambda a: (abs(a - x), a))[:k])
