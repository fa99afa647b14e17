class Solution:
    def rotateRight(self, head: Optional[ListNode], k: int) -> Optional[ListNode]:
        # Shifts the values to the left instead of to the right.
        vals = []
        while head:
            vals.append(head.val)
            head = head.next
        if not vals:
            return None
        k %= len(vals)
        vals = vals[k:] + vals[:k]
        dummy = tail = ListNode()
        for v in vals:
            tail.next = ListNode(v)
            tail = tail.next
        return dummy.next
