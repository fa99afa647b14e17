class Solution:
    def sortList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        # Insertion sort: O(n^2) comparisons.
        dummy = ListNode()
        while head:
            nxt = head.next
            prev = dummy
            while prev.next and prev.next.val <= head.val:
                prev = prev.next
            head.next = prev.next
            prev.next = head
            head = nxt
        return dummy.next
