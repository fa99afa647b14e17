class Solution:
    def search(self, nums: List[int], target: int) -> int:
        # Invariant: if target is present, its index lies in [lo, hi].
        lo, hi = 0, len(nums) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            if nums[mid] == target:
                return mid
            if nums[mid] < target:
                lo = mid + 1
            else:
                hi = mid - 1
        return -1
