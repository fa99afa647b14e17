class Solution:
    def reorderList(self, head: Optional[ListNode]) -> None:
        cur = head
        while cur and cur.next and cur.next.next:
            prev = cur
            while prev.next.next:
                prev = prev.next
            last = prev.next
            prev.next = None
            last.next = cur.next
            cur.next = last
            cur = last.next
