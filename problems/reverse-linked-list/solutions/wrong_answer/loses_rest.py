class Solution:
    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        # Bug: the old next pointer is overwritten before it is saved, so after the first node
        # the walk follows the freshly reversed link and stops.
        prev = None
        while head:
            head.next = prev
            prev = head
            head = head.next
        return prev
