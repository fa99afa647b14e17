class Solution:
    def checkValidString(self, s: str) -> bool:
        # Bug: lets the smallest possible open count go below zero, so a wildcard that must be
        # empty is treated as a ')'.
        lo = hi = 0
        for c in s:
            if c == "(":
                lo, hi = lo + 1, hi + 1
            elif c == ")":
                lo, hi = lo - 1, hi - 1
            else:
                lo, hi = lo - 1, hi + 1
            if hi < 0:
                return False
        return lo <= 0 <= hi
