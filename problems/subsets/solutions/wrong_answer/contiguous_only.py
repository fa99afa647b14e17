class Solution:
    def subsets(self, nums: List[int]) -> List[List[int]]:
        # Bug: lists only the contiguous slices (and the empty one), not every choice.
        result = [[]]
        for i in range(len(nums)):
            for j in range(i + 1, len(nums) + 1):
                result.append(nums[i:j])
        return result
