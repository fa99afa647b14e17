class Solution:
    def longestCommonPrefix(self, strs: List[str]) -> str:
        # Bug: compares only the first two strings.
        if len(strs) == 1:
            return strs[0]
        a, b = strs[0], strs[1]
        i = 0
        while i < min(len(a), len(b)) and a[i] == b[i]:
            i += 1
        return a[:i]
