class Solution:
    def checkValidString(self, s: str) -> bool:
        # Track the range [lo, hi] of possible numbers of unclosed '(' so far.
        lo = hi = 0
        for c in s:
            if c == "(":
                lo, hi = lo + 1, hi + 1
            elif c == ")":
                lo, hi = lo - 1, hi - 1
            else:
                lo, hi = lo - 1, hi + 1
            if hi < 0:
                return False  # too many ')' whatever the wildcards are
            lo = max(lo, 0)  # a count below zero is not a real option
        return lo == 0
