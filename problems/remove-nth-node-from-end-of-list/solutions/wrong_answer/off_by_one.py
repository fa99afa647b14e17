class Solution:
    def removeNthFromEnd(self, head: Optional[ListNode], n: int) -> Optional[ListNode]:
        vals = []
        while head:
            vals.append(head.val)
            head = head.next
        # Removes the n-th node from the front, counted from the end one step too far.
        idx = len(vals) - n - 1 if len(vals) - n - 1 >= 0 else 0
        del vals[idx]
        dummy = tail = ListNode()
        for v in vals:
            tail.next = ListNode(v)
            tail = tail.next
        return dummy.next
