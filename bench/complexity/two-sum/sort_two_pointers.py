class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        # Sort the positions by value, then close in from both ends. O(n log n).
        order = sorted(range(len(nums)), key=nums.__getitem__)
        lo, hi = 0, len(order) - 1
        while lo < hi:
            s = nums[order[lo]] + nums[order[hi]]
            if s == target:
                return sorted([order[lo], order[hi]])
            if s < target:
                lo += 1
            else:
                hi -= 1
        return []
