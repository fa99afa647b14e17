class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        # Tries every pair: O(n^2), too slow for n = 3 * 10^4.
        n = len(nums)
        for i in range(n):
            for j in range(i + 1, n):
                if nums[i] + nums[j] == target:
                    return [i, j]
        return []
