class Solution:
    def rotateRight(self, head: Optional[ListNode], k: int) -> Optional[ListNode]:
        # Moves the last node to the front k times, without reducing k modulo the length.
        if not head or not head.next:
            return head
        for _ in range(k):
            prev, last = None, head
            while last.next:
                prev, last = last, last.next
            prev.next = None
            last.next = head
            head = last
        return head
