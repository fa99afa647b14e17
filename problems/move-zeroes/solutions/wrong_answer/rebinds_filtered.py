class Solution:
    def moveZeroes(self, nums: List[int]) -> None:
        # Builds the right list but binds it to the local name only.
        nums = [x for x in nums if x != 0] + [0] * nums.count(0)
