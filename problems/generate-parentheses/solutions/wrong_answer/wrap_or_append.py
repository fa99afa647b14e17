class Solution:
    def generateParenthesis(self, n: int) -> List[str]:
        # Bug: builds each size from the previous one by wrapping in () or adding () on either
        # side. That misses strings such as "(())(())", which are two bigger groups side by side.
        level = {"()"}
        for _ in range(n - 1):
            level = {"(" + s + ")" for s in level} | {"()" + s for s in level} | {s + "()" for s in level}
        return list(level)
