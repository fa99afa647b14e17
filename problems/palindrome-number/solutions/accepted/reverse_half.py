class Solution:
    def isPalindrome(self, x: int) -> bool:
        # A negative number, or a positive one ending in 0, cannot be a palindrome.
        if x < 0 or (x % 10 == 0 and x != 0):
            return False
        rev = 0
        while x > rev:
            rev = rev * 10 + x % 10
            x //= 10
        # For an odd number of digits the middle digit ends up in rev: drop it.
        return x == rev or x == rev // 10
