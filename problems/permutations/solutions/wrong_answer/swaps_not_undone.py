class Solution:
    def permute(self, nums: List[int]) -> List[List[int]]:
        # Bug: never undoes its swaps, so later branches start from a scrambled list and some
        # orderings come out twice while others are missed.
        nums = nums[:]
        result = []
        def go(k):
            if k == len(nums):
                result.append(nums[:])
                return
            for i in range(k, len(nums)):
                nums[k], nums[i] = nums[i], nums[k]
                go(k + 1)
        go(0)
        return result
