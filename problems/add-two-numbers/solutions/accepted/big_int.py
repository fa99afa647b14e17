class Solution:
    def addTwoNumbers(self, l1: Optional[ListNode], l2: Optional[ListNode]) -> Optional[ListNode]:
        def value(node):
            digits = []
            while node:
                digits.append(str(node.val))
                node = node.next
            return int("".join(reversed(digits)))

        total = str(value(l1) + value(l2))
        dummy = tail = ListNode()
        for ch in reversed(total):
            tail.next = ListNode(int(ch))
            tail = tail.next
        return dummy.next
