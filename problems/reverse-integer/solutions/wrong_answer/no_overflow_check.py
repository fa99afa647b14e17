class Solution:
    def reverse(self, x: int) -> int:
        # Bug: Python integers never overflow, and the 32-bit range is never checked.
        sign = -1 if x < 0 else 1
        return sign * int(str(abs(x))[::-1])
