class Solution:
    def findMin(self, nums: List[int]) -> int:
        # Bug: compares the middle with the left end, which cannot tell a sorted list
        # (minimum on the left) from a rotated one whose left part is long.
        lo, hi = 0, len(nums) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if nums[mid] >= nums[lo]:
                lo = mid + 1
            else:
                hi = mid
        return nums[lo]
