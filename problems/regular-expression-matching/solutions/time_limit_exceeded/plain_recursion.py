class Solution:
    def isMatch(self, s: str, p: str) -> bool:
        # The recursion without memoisation, slicing strings: exponential on patterns with many
        # stars, several seconds in Python at these sizes.
        if not p:
            return not s
        first = bool(s) and p[0] in (s[0], ".")
        if len(p) >= 2 and p[1] == "*":
            return self.isMatch(s, p[2:]) or (first and self.isMatch(s[1:], p))
        return first and self.isMatch(s[1:], p[1:])
