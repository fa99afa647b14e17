class Solution:
    def evalRPN(self, tokens: List[str]) -> int:
        stack = []
        for tok in tokens:
            if tok in "+-*/":
                b = stack.pop()
                a = stack.pop()
                if tok == "+":
                    stack.append(a + b)
                elif tok == "-":
                    stack.append(a - b)
                elif tok == "*":
                    stack.append(a * b)
                else:
                    # int() of the true quotient truncates toward zero (values are small enough
                    # for a float to be exact).
                    stack.append(int(a / b))
            else:
                stack.append(int(tok))
        return stack[0]
