class Solution:
    def subsets(self, nums: List[int]) -> List[List[int]]:
        result = []
        chosen = []
        def build(i):
            if i == len(nums):
                result.append(chosen[:])
                return
            build(i + 1)              # leave nums[i] out
            chosen.append(nums[i])    # take nums[i]
            build(i + 1)
            chosen.pop()
        build(0)
        return result
