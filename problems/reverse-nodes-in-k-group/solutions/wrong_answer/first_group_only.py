class Solution:
    def reverseKGroup(self, head: Optional[ListNode], k: int) -> Optional[ListNode]:
        # Reverses the first k nodes and forgets to continue with the following groups.
        node, count = head, 0
        while node and count < k:
            node, count = node.next, count + 1
        if count < k:
            return head
        prev, cur = node, head
        for _ in range(k):
            cur.next, prev, cur = prev, cur, cur.next
        return prev
