class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        last = {}   # character -> index of its latest occurrence
        lo = 0      # the window is s[lo..i]
        best = 0
        for i, c in enumerate(s):
            j = last.get(c, -1)
            if j >= lo:
                lo = j + 1
            last[c] = i
            if i - lo + 1 > best:
                best = i - lo + 1
        return best
