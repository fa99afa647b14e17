class Solution:
    def majorityElement(self, nums: List[int]) -> int:
        # Bug: takes the middle entry but forgets to sort first.
        return nums[len(nums) // 2]
