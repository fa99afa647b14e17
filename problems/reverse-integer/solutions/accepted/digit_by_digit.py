class Solution:
    def reverse(self, x: int) -> int:
        INT_MAX = 2**31 - 1
        sign = -1 if x < 0 else 1
        x = abs(x)
        r = 0
        while x:
            d = x % 10
            x //= 10
            # Check before the step that would leave the 32-bit range.
            limit = INT_MAX if sign > 0 else INT_MAX + 1
            if r > (limit - d) // 10:
                return 0
            r = r * 10 + d
        return sign * r
