class Solution:
    def majorityElement(self, nums: List[int]) -> int:
        # More than half the sorted list is the majority value, so it covers the middle.
        return sorted(nums)[len(nums) // 2]
