class Solution:
    def threeSum(self, nums: List[int]) -> List[List[int]]:
        # O(n^2): for each first value, a hash set finds the third value that completes the sum.
        res = set()
        n = len(nums)
        for i in range(n):
            seen = set()
            for j in range(i + 1, n):
                need = -nums[i] - nums[j]
                if need in seen:
                    res.add(tuple(sorted((nums[i], nums[j], need))))
                seen.add(nums[j])
        return [list(t) for t in res]
