class Solution:
    def addTwoNumbers(self, l1: Optional[ListNode], l2: Optional[ListNode]) -> Optional[ListNode]:
        # Adds digit pairs only while both lists have digits, then appends the rest of the
        # longer list without carrying into it.
        dummy = tail = ListNode()
        carry = 0
        while l1 and l2:
            carry, digit = divmod(l1.val + l2.val + carry, 10)
            tail.next = ListNode(digit)
            tail = tail.next
            l1, l2 = l1.next, l2.next
        tail.next = l1 or l2
        if carry and not tail.next:
            tail.next = ListNode(carry)
        return dummy.next
