class Solution:
    def search(self, nums: List[int], target: int) -> int:
        # Bug: the loop stops while one candidate is left (lo < hi with an inclusive hi), so the
        # element the search converges on is never checked.
        lo, hi = 0, len(nums) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if nums[mid] == target:
                return mid
            if nums[mid] < target:
                lo = mid + 1
            else:
                hi = mid - 1
        return -1
