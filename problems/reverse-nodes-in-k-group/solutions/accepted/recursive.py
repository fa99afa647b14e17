class Solution:
    def reverseKGroup(self, head: Optional[ListNode], k: int) -> Optional[ListNode]:
        node, count = head, 0
        while node and count < k:
            node, count = node.next, count + 1
        if count < k:
            return head
        prev = self.reverseKGroup(node, k)
        cur = head
        for _ in range(k):
            cur.next, prev, cur = prev, cur, cur.next
        return prev
