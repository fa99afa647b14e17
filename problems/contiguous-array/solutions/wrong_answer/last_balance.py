class Solution:
    def findMaxLength(self, nums: List[int]) -> int:
        # Bug: overwrites the position of a balance every time it is seen, so pieces are
        # measured from the latest, not the earliest, matching point.
        seen = {0: -1}
        balance = 0
        best = 0
        for i, x in enumerate(nums):
            balance += 1 if x else -1
            if balance in seen:
                best = max(best, i - seen[balance])
            seen[balance] = i
        return best
