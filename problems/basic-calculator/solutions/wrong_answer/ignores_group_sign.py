class Solution:
    def calculate(self, s: str) -> int:
        # Bug: drops the parentheses but keeps each operator's own sign, so a minus in front of a
        # group is applied only to its first number: 5 - (2 + 1) comes out as 4.
        total = 0
        sign = 1
        num = 0
        for c in s:
            if c.isdigit():
                num = num * 10 + int(c)
            elif c in "+-":
                total += sign * num
                num = 0
                sign = 1 if c == "+" else -1
        return total + sign * num
