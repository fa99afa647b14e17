class Solution:
    def myAtoi(self, s: str) -> int:
        # Bug: clamps the magnitude to 2^31 - 1 on both sides, but the negative end of the range
        # is -2^31, so "-2147483648" (and anything below) comes out as -2147483647.
        s = s.lstrip(" ")
        sign = 1
        if s and s[0] in "+-":
            sign = -1 if s[0] == "-" else 1
            s = s[1:]
        digits = ""
        for c in s:
            if not c.isdigit():
                break
            digits += c
        value = int(digits) if digits else 0
        return sign * min(value, 2**31 - 1)
