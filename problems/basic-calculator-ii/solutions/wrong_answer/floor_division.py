class Solution:
    def calculate(self, s: str) -> int:
        # Bug: divides the signed term with //, which rounds toward minus infinity, so
        # 1 - 9 / 2 becomes 1 + (-9 // 2) = 1 - 5 instead of 1 - 4.
        stack = []
        num = 0
        op = "+"
        for i, c in enumerate(s):
            if c.isdigit():
                num = num * 10 + int(c)
            if c in "+-*/" or i == len(s) - 1:
                if op == "+":
                    stack.append(num)
                elif op == "-":
                    stack.append(-num)
                elif op == "*":
                    stack.append(stack.pop() * num)
                else:
                    stack.append(stack.pop() // num)
                op = c
                num = 0
        return sum(stack)
