class Solution:
    def countSubstrings(self, s: str) -> int:
        # pal[j] after processing start i: s[i..j] is a palindrome. One row kept, O(n^2) time.
        n = len(s)
        pal = [False] * n
        count = 0
        for i in range(n - 1, -1, -1):
            for j in range(n - 1, i - 1, -1):
                pal[j] = s[i] == s[j] and (j - i < 2 or pal[j - 1])
                if pal[j]:
                    count += 1
        return count
