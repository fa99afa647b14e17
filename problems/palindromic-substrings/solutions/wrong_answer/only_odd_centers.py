class Solution:
    def countSubstrings(self, s: str) -> int:
        # Bug: grows only around characters, so even-length palindromes are never counted.
        n = len(s)
        count = 0
        for c in range(n):
            lo, hi = c, c
            while lo >= 0 and hi < n and s[lo] == s[hi]:
                count += 1
                lo -= 1
                hi += 1
        return count
