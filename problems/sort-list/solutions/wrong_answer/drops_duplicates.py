class Solution:
    def sortList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        # Sorts a set of the values, so repeated values appear only once.
        vals = set()
        while head:
            vals.add(head.val)
            head = head.next
        dummy = tail = ListNode()
        for v in sorted(vals):
            tail.next = ListNode(v)
            tail = tail.next
        return dummy.next
