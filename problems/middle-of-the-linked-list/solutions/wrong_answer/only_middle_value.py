class Solution:
    def middleNode(self, head: Optional[ListNode]) -> Optional[ListNode]:
        # Returns a new single node instead of the rest of the list from the middle on.
        vals = []
        while head:
            vals.append(head.val)
            head = head.next
        return ListNode(vals[len(vals) // 2])
