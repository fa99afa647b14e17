class Solution:
    def reverseKGroup(self, head: Optional[ListNode], k: int) -> Optional[ListNode]:
        # Also reverses the last group when it has fewer than k nodes.
        vals = []
        while head:
            vals.append(head.val)
            head = head.next
        out = []
        for i in range(0, len(vals), k):
            out.extend(reversed(vals[i:i + k]))
        dummy = tail = ListNode()
        for v in out:
            tail.next = ListNode(v)
            tail = tail.next
        return dummy.next
