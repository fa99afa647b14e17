class Solution:
    def longestCommonPrefix(self, strs: List[str]) -> str:
        # The common prefix of all strings is the common prefix of the smallest and largest.
        lo, hi = min(strs), max(strs)
        i = 0
        while i < len(lo) and lo[i] == hi[i]:
            i += 1
        return lo[:i]
