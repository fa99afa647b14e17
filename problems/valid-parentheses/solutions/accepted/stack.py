class Solution:
    def isValid(self, s: str) -> bool:
        # Keep the open brackets on a stack; each closer must match the top one.
        match = {")": "(", "]": "[", "}": "{"}
        stack = []
        for c in s:
            if c in match:
                if not stack or stack.pop() != match[c]:
                    return False
            else:
                stack.append(c)
        return not stack
