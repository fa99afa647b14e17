class Solution:
    def oddEvenList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        # Counts positions from 0, so it puts the second, fourth, ... nodes first.
        vals = []
        while head:
            vals.append(head.val)
            head = head.next
        order = vals[1::2] + vals[0::2]
        dummy = tail = ListNode()
        for v in order:
            tail.next = ListNode(v)
            tail = tail.next
        return dummy.next
