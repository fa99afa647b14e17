class Solution:
    def sortedSquares(self, nums: List[int]) -> List[int]:
        # Bug: squares in place of the values and keeps their order, which is only right when no
        # value is negative.
        return [x * x for x in nums]
