class Solution:
    def rotateRight(self, head: Optional[ListNode], k: int) -> Optional[ListNode]:
        if not head:
            return head
        n, tail = 1, head
        while tail.next:
            tail, n = tail.next, n + 1
        k %= n
        if k == 0:
            return head
        tail.next = head  # close the ring, then cut it n - k nodes after the old head
        new_tail = head
        for _ in range(n - k - 1):
            new_tail = new_tail.next
        new_head = new_tail.next
        new_tail.next = None
        return new_head
