class Solution:
    def rotate(self, nums: List[int], k: int) -> None:
        # Forgets that k can exceed the length: nums[-k:] is then the whole list.
        nums[:] = nums[-k:] + nums[:-k]
