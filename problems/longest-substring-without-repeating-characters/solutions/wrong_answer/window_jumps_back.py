class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        last = {}
        lo = 0
        best = 0
        for i, c in enumerate(s):
            if c in last:
                # Bug: an old occurrence left of the window moves the window start back.
                lo = last[c] + 1
            last[c] = i
            best = max(best, i - lo + 1)
        return best
