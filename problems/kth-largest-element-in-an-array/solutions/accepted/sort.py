class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        # Sorting is O(n log n): fine for 10^5 numbers.
        return sorted(nums, reverse=True)[k - 1]
