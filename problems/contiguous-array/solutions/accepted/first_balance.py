class Solution:
    def findMaxLength(self, nums: List[int]) -> int:
        # Count 1 as +1 and 0 as -1; a piece is balanced when the running balance is the same at
        # both of its ends. Remember where each balance was seen first.
        first = {0: -1}
        balance = 0
        best = 0
        for i, x in enumerate(nums):
            balance += 1 if x else -1
            if balance in first:
                best = max(best, i - first[balance])
            else:
                first[balance] = i
        return best
