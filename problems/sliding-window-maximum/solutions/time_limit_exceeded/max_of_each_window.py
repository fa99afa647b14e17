class Solution:
    def maxSlidingWindow(self, nums: List[int], k: int) -> List[int]:
        # Recomputes the maximum of every window: O(n * k).
        return [max(nums[i:i + k]) for i in range(len(nums) - k + 1)]
