class Solution:
    def longestValidParentheses(self, s: str) -> int:
        # Bug: counts every matched pair in the whole string, even pairs that are separated by an
        # unmatched bracket and so do not form one contiguous piece.
        open_ = 0
        pairs = 0
        for c in s:
            if c == "(":
                open_ += 1
            elif open_:
                open_ -= 1
                pairs += 1
        return 2 * pairs
