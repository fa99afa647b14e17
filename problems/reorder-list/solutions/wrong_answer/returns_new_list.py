class Solution:
    def reorderList(self, head: Optional[ListNode]) -> None:
        # Builds a reordered copy and returns it; the list the caller holds is left as it was.
        vals = []
        node = head
        while node:
            vals.append(node.val)
            node = node.next
        dummy = tail = ListNode()
        i, j = 0, len(vals) - 1
        while i <= j:
            tail.next = ListNode(vals[i])
            tail = tail.next
            if i != j:
                tail.next = ListNode(vals[j])
                tail = tail.next
            i += 1
            j -= 1
        return dummy.next
