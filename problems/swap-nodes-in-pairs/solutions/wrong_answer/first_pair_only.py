class Solution:
    def swapPairs(self, head: Optional[ListNode]) -> Optional[ListNode]:
        # Swaps the first pair and leaves the rest alone.
        if not head or not head.next:
            return head
        second = head.next
        head.next = second.next
        second.next = head
        return second
