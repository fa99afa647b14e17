class Solution:
    def findMaxLength(self, nums: List[int]) -> int:
        # Every start, every end, with a running balance: O(n^2).
        best = 0
        n = len(nums)
        for i in range(n):
            balance = 0
            for j in range(i, n):
                balance += 1 if nums[j] else -1
                if balance == 0 and j - i + 1 > best:
                    best = j - i + 1
        return best
