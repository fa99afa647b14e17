class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        # Quadratic DP: longest[i] = 1 + max(longest[j]) over j < i with nums[j] < nums[i].
        # About 3 * 10^6 steps for n = 2500: fast enough.
        n = len(nums)
        longest = [1] * n
        for i in range(n):
            for j in range(i):
                if nums[j] < nums[i] and longest[j] + 1 > longest[i]:
                    longest[i] = longest[j] + 1
        return max(longest)
