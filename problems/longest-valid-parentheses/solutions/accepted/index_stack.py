class Solution:
    def longestValidParentheses(self, s: str) -> int:
        # The stack holds indices of unmatched '(' above the index just before the current
        # valid run.
        stack = [-1]
        best = 0
        for i, c in enumerate(s):
            if c == "(":
                stack.append(i)
            else:
                stack.pop()
                if not stack:
                    stack.append(i)
                else:
                    best = max(best, i - stack[-1])
        return best
