class Solution:
    def countSubstrings(self, s: str) -> int:
        # Checks every substring character by character: O(n^3).
        n = len(s)
        count = 0
        for i in range(n):
            for j in range(i, n):
                lo, hi = i, j
                while lo < hi and s[lo] == s[hi]:
                    lo += 1
                    hi -= 1
                if lo >= hi:
                    count += 1
        return count
