class Solution:
    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        # Reverse the rest, then hang the head behind its old successor (now the rest's tail).
        if head is None or head.next is None:
            return head
        new_head = self.reverseList(head.next)
        head.next.next = head
        head.next = None
        return new_head
