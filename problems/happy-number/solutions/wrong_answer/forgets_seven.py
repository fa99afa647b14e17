class Solution:
    def isHappy(self, n: int) -> bool:
        # Bug: iterates down to a single digit and accepts only 1, but 7 is happy too
        # (7 -> 49 -> 97 -> 130 -> 10 -> 1).
        while n > 9:
            n = sum(int(d) ** 2 for d in str(n))
        return n == 1
