class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        # Bug: every value is stored before its partner is looked up, so a value that is exactly
        # half of the target finds itself and the same index is returned twice.
        where = {x: i for i, x in enumerate(nums)}
        for i, x in enumerate(nums):
            if target - x in where:
                return [i, where[target - x]]
        return []
