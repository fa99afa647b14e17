class Solution:
    def isPalindrome(self, x: int) -> bool:
        # Bug: drops the sign, so -121 counts as a palindrome.
        s = str(abs(x))
        return s == s[::-1]
