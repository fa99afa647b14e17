class Solution:
    def containsDuplicate(self, nums: List[int]) -> bool:
        # Sort, then a repeated value sits next to itself. O(n log n).
        s = sorted(nums)
        return any(s[i] == s[i + 1] for i in range(len(s) - 1))
