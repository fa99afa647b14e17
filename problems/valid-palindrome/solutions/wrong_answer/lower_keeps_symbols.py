class Solution:
    def isPalindrome(self, s: str) -> bool:
        # Bug: only removes spaces, so punctuation still has to match.
        t = s.replace(" ", "").lower()
        return t == t[::-1]
