class Solution:
    def oddEvenList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        # Groups nodes by whether their value is odd, not by their position.
        odd = odd_tail = ListNode()
        even = even_tail = ListNode()
        while head:
            if head.val % 2:
                odd_tail.next = head
                odd_tail = head
            else:
                even_tail.next = head
                even_tail = head
            head = head.next
        even_tail.next = None
        odd_tail.next = even.next
        return odd.next
