class Solution:
    def countSubstrings(self, s: str) -> int:
        # Each palindrome has one centre (a character or a gap); count them by growing outwards.
        n = len(s)
        count = 0
        for center in range(2 * n - 1):
            lo, hi = center // 2, (center + 1) // 2
            while lo >= 0 and hi < n and s[lo] == s[hi]:
                count += 1
                lo -= 1
                hi += 1
        return count
