class Solution:
    def calculate(self, s: str) -> int:
        # Running total with a stack of (total, sign) saved at each '('.
        total = 0
        sign = 1
        num = 0
        stack = []
        for c in s:
            if c.isdigit():
                num = num * 10 + ord(c) - 48
            elif c in "+-":
                total += sign * num
                num = 0
                sign = 1 if c == "+" else -1
            elif c == "(":
                stack.append((total, sign))
                total, sign = 0, 1
            elif c == ")":
                total += sign * num
                num = 0
                prev_total, prev_sign = stack.pop()
                total = prev_total + prev_sign * total
        return total + sign * num
