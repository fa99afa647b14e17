class Solution:
    def countSubstrings(self, s: str) -> int:
        # Bug: counts distinct palindromic texts, but equal texts at different positions count
        # separately.
        seen = set()
        n = len(s)
        for center in range(2 * n - 1):
            lo, hi = center // 2, (center + 1) // 2
            while lo >= 0 and hi < n and s[lo] == s[hi]:
                seen.add(s[lo:hi + 1])
                lo -= 1
                hi += 1
        return len(seen)
