class Solution:
    def longestPalindrome(self, s: str) -> int:
        # Bug: adds an odd count in full for every letter, as if each could sit in the middle.
        total = 0
        for c in collections.Counter(s).values():
            total += c
        return total
