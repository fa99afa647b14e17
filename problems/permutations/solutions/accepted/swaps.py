class Solution:
    def permute(self, nums: List[int]) -> List[List[int]]:
        # Fix position k by swapping each remaining number into it, then undo the swap.
        nums = nums[:]
        result = []
        def go(k):
            if k == len(nums):
                result.append(nums[:])
                return
            for i in range(k, len(nums)):
                nums[k], nums[i] = nums[i], nums[k]
                go(k + 1)
                nums[k], nums[i] = nums[i], nums[k]
        go(0)
        return result
