class Solution:
    def jump(self, nums: List[int]) -> int:
        # Bug: jumps to the index with the largest value in range, instead of the one that
        # reaches farthest (i + nums[i]).
        n = len(nums)
        i, jumps = 0, 0
        while i < n - 1:
            jumps += 1
            if i + nums[i] >= n - 1:
                break
            i = max(range(i + 1, i + nums[i] + 1), key=lambda j: nums[j])
        return jumps
