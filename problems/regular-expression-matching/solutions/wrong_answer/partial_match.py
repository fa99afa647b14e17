class Solution:
    def isMatch(self, s: str, p: str) -> bool:
        # Bug: accepts as soon as the pattern is used up, even if s has characters left.
        @cache
        def match(i, j):
            if j == len(p):
                return True
            first = i < len(s) and p[j] in (s[i], ".")
            if j + 1 < len(p) and p[j + 1] == "*":
                return match(i, j + 2) or (first and match(i + 1, j))
            return first and match(i + 1, j + 1)

        return match(0, 0)
