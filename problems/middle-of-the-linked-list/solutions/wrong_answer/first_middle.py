class Solution:
    def middleNode(self, head: Optional[ListNode]) -> Optional[ListNode]:
        # Stops one step early on even lengths, returning the first of the two middle nodes.
        slow = fast = head
        while fast.next and fast.next.next:
            slow, fast = slow.next, fast.next.next
        return slow
